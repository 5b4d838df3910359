package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/model"
)

func (a *App) organisationCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "organisation", Aliases: []string{"org"},
		Short: "The workspace's controller, DPO, supervisory authority and deadline settings", Args: noArgs}
	cmd.AddCommand(a.organisationShow(), a.organisationEdit())
	return cmd
}

func (a *App) organisationShow() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use: "show [--json]", Short: "Show the organisation record", Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			d, err := a.readDesk()
			if err != nil {
				return err
			}
			o, err := d.Organisation()
			if err != nil {
				return err
			}
			if asJSON {
				return a.printJSON(o)
			}
			return a.printOrganisation(o)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// orgFlags maps each flag of `organisation edit` to the field it sets.
func orgFlags(o *model.Organisation) map[string]*string {
	return map[string]*string{
		"controller": &o.Name, "address": &o.Address, "email": &o.Email, "phone": &o.Phone,
		"representative": &o.Representative, "dpo-name": &o.DPOName, "dpo-email": &o.DPOEmail,
		"dpo-address": &o.DPOAddress, "authority": &o.Authority, "authority-address": &o.AuthorityAddress,
		"jurisdiction": &o.Deadlines.Jurisdiction, "holidays": &o.Deadlines.Holidays,
		"extension-mode": &o.Deadlines.ExtensionMode, "pause-policy": &o.Deadlines.PausePolicy,
	}
}

var orgFlagUsage = [][2]string{
	{"controller", "the controller's name (Art. 30(1)(a))"}, {"address", "the controller's postal address"},
	{"email", "the controller's e-mail"}, {"phone", "the controller's phone number"},
	{"representative", "the representative in the Union (Art. 27)"}, {"dpo-name", "the data protection officer"},
	{"dpo-email", "the DPO's e-mail"}, {"dpo-address", "the DPO's postal address"},
	{"authority", "the competent supervisory authority: a region code (DE-BY, FR), short name (CNIL) or name"},
	{"authority-address", "the authority's postal address, for letters"},
	{"jurisdiction", "the workspace's jurisdiction for new requests: eu, uk, ccpa, lgpd or ch"},
	{"holidays", "the holiday region of its deadlines, e.g. DE-BY, GB-ENG; none for weekends only"},
	{"extension-mode", "receipt+3m or deadline+2m"}, {"pause-policy", "none, pause, restart, or empty for each jurisdiction's own"},
}

func (a *App) organisationEdit() *cobra.Command {
	vals := map[string]*string{}
	cmd := &cobra.Command{
		Use: "edit [flags]", Short: "Change the organisation record; only the fields given change", Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			d, err := a.desk()
			if err != nil {
				return err
			}
			o, err := d.Organisation()
			if err != nil {
				return err
			}
			changed := false
			for name, dst := range orgFlags(&o) {
				if c.Flags().Changed(name) {
					*dst, changed = *vals[name], true
				}
			}
			if !changed {
				return usagef("organisation edit: name at least one field to change, e.g. --controller")
			}
			if c.Flags().Changed("authority") {
				if err := setAuthority(&o); err != nil {
					return err
				}
			}
			moved, err := d.SaveOrganisation(o)
			if err != nil {
				return inputUsage(err)
			}
			fmt.Fprintf(a.stdout, "organisation of workspace %q saved\n", d.Store().Name())
			if moved > 0 {
				fmt.Fprintf(a.stdout, "the new deadline settings moved the due date of %d open request(s); `dpodesk request list --open` shows them\n", moved)
			}
			return nil
		},
	}
	for _, f := range orgFlagUsage {
		vals[f[0]] = cmd.Flags().String(f[0], "", f[1])
	}
	return cmd
}

// setAuthority resolves what the user typed to an authority of the data file.
func setAuthority(o *model.Organisation) error {
	if o.Authority == "" {
		o.AuthorityRegion = ""
		return nil
	}
	au, ok := model.FindAuthority(o.Authority)
	if !ok {
		return usagef("--authority %q is not a supervisory authority dpodesk knows; give a region code such as DE-BY or FR, or its short name", o.Authority)
	}
	o.Authority, o.AuthorityRegion = au.Name, au.Region
	return nil
}

func (a *App) printOrganisation(o model.Organisation) error {
	f := a.fields(model.LabelOrganisation)
	f.line("controller", o.Name)
	f.line("address", o.Address)
	f.line("email", o.Email)
	f.line("phone", o.Phone)
	f.line("representative", o.Representative)
	f.line("dpo_name", o.DPOName)
	f.line("dpo_email", o.DPOEmail)
	f.line("dpo_address", o.DPOAddress)
	f.line("authority", o.Authority)
	f.line("authority_address", o.AuthorityAddress)
	f.line("jurisdiction", o.Deadlines.Jurisdiction)
	f.line("holidays", orDash(o.Deadlines.Holidays))
	f.line("extension_mode", o.Deadlines.ExtensionMode)
	f.line("pause_policy", orDash(o.Deadlines.PausePolicy))
	return f.flush()
}
