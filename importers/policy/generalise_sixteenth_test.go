package policy

import "testing"

// The fixtures below were written for the sixteenth round.

// A legal entity behind several catalogue services ("Automattic Inc.": Gravatar,
// WordPress.com, WooCommerce Payments …) is the provider of the service its
// section names; alone, it is a recipient under its own name (R-CATALOGUE).
func TestSharedEntityJoinsItsProduct(t *testing.T) {
	wantRecipients(t, map[string][]string{"shared-entity-product-de.md": {"Gravatar"}, "shared-entity-alone-en.md": {"Automattic"}})
}
