package model

import "time"

// RecordStatus says whether a register entry is in force. Entries suggested by the
// importer arrive as drafts and become active only when the DPO accepts them.
type RecordStatus string

const (
	StatusDraft   RecordStatus = "draft"
	StatusActive  RecordStatus = "active"
	StatusRetired RecordStatus = "retired"
)

// Activity is one entry of the record of processing activities, Art. 30(1) GDPR,
// with the optional fields DPOs commonly keep (GDPR.md §1.4).
type Activity struct {
	ID          uint64       `json:"id"`
	Name        string       `json:"name"`
	Description string       `json:"description,omitempty"`
	Status      RecordStatus `json:"status"`

	// Art. 30(1)(a): joint controllers and representative where applicable; the
	// controller and its DPO are the workspace's Organisation.
	JointControllers []string `json:"joint_controllers,omitempty"`
	Representative   string   `json:"representative,omitempty"`

	Purposes []string `json:"purposes"` // (b)

	// Legal bases: Art. 6(1) codes ("6.1.a"), Art. 9(2) conditions ("9.2.h"),
	// national provisions ("§ 26 BDSG") and what each basis needs documented.
	LegalBases         []string `json:"legal_bases"`
	Art9Conditions     []string `json:"art9_conditions,omitempty"`
	Art10Basis         string   `json:"art10_basis,omitempty"`
	NationalBasis      string   `json:"national_basis,omitempty"`
	LawReference       string   `json:"law_reference,omitempty"`       // for 6.1.c and 6.1.e
	LegitimateInterest string   `json:"legitimate_interest,omitempty"` // balancing record for 6.1.f
	ConsentWithdrawal  string   `json:"consent_withdrawal,omitempty"`  // route for 6.1.a / 9.2.a (Art. 7(3))
	TerminalAccess     string   `json:"terminal_access,omitempty"`     // § 25 TDDDG basis for cookies, not an Art. 6 basis

	DataSubjects   []string `json:"data_subjects"`   // (c) vocabulary keys or free text
	DataCategories []string `json:"data_categories"` // (c)
	Recipients     []string `json:"recipients"`      // (d) categories of recipients
	ProcessorIDs   []uint64 `json:"processor_ids,omitempty"`

	Transfers []Transfer `json:"transfers,omitempty"` // (e)

	Retention              []Retention `json:"retention"`                         // (f)
	RetentionJustification string      `json:"retention_justification,omitempty"` // why (f) is empty
	TOMs                   string      `json:"toms,omitempty"`                    // (g)
	TOMsJustification      string      `json:"toms_justification,omitempty"`      // why (g) is empty

	DataSource        string   `json:"data_source,omitempty"` // data subject, third party, public
	Systems           []string `json:"systems,omitempty"`
	StorageLocation   string   `json:"storage_location,omitempty"`
	Owner             string   `json:"owner,omitempty"` // business unit or person
	AccessRoles       []string `json:"access_roles,omitempty"`
	Children          bool     `json:"children,omitempty"`
	AutomatedDecision bool     `json:"automated_decision,omitempty"`
	Exempt305         bool     `json:"exempt_30_5,omitempty"` // Art. 30(5) flag; never applied by default
	PrivacyNotice     string   `json:"privacy_notice,omitempty"`
	Links             []string `json:"links,omitempty"` // consent records, DPA, DPIA, breach references

	DPIA DPIAScreening `json:"dpia"`

	Source *Evidence `json:"source,omitempty"` // where an imported draft came from

	CreatedAt    time.Time `json:"created_at"`
	UpdatedAt    time.Time `json:"updated_at"`
	LastReviewed Date      `json:"last_reviewed"`
	NextReview   Date      `json:"next_review"`
	Version      int       `json:"version"` // incremented on every update
}

// Transfer is a transfer to a third country or international organisation, Art. 30(1)(e).
type Transfer struct {
	Country       string `json:"country"` // ISO 3166-1 alpha-2
	Recipient     string `json:"recipient"`
	Mechanism     string `json:"mechanism"` // adequacy, scc, dpf, bcr, derogation, other, ""
	Documentation string `json:"documentation,omitempty"`
	TIAReference  string `json:"tia_reference,omitempty"`
}

// Retention is an envisaged time limit for erasure of one category of data.
type Retention struct {
	Category string `json:"category"`
	Period   string `json:"period"`         // as the DPO writes it: "10 years after the end of the contract"
	Days     int    `json:"days,omitempty"` // upper bound in days when fixed, 0 when event-based
}

// DPIAScreening records the WP248 rev.01 screening of an activity and the decision.
type DPIAScreening struct {
	Criteria  []string `json:"criteria,omitempty"` // keys of the nine WP248 criteria met
	Decision  string   `json:"decision,omitempty"` // required, not_required, unclear, "" (not decided)
	Reason    string   `json:"reason,omitempty"`
	Reference string   `json:"reference,omitempty"` // where the DPIA is kept
	DecidedOn Date     `json:"decided_on"`
}
