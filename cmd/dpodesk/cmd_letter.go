package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dpodesk/dpodesk/export"
	"github.com/dpodesk/dpodesk/store"
)

func init() { requestExtras = append(requestExtras, (*app).requestLetter) }

// requestExtras holds request verbs defined beside the features they serve;
// requestCommand adds each as a subcommand.
var requestExtras []func(*app) *cobra.Command

func (a *app) requestLetter() *cobra.Command {
	var lang, out, kind string
	var subjects []string
	cmd := &cobra.Command{
		Use:   "letter ID|REF",
		Short: "Draft the letter of a request's step (identity, extension, refusal, access …) as Markdown",
		Long: "letter drafts the Art. 15(1)(a)–(h) and 15(2) information from the active activities that\n" +
			"concern the data subject: choose their categories with --subjects (default: every active\n" +
			"activity). Every [[TODO: …]] in the draft must be finished by the DPO before it is sent.\n" +
			"--kind drafts the other steps: identity, clarification, extension, refusal, erasure, rectification.",
		Args: exactArgs(1, "the request's id or ref"),
		RunE: func(_ *cobra.Command, args []string) error {
			if lang == "" {
				lang = a.cfg.Language
			}
			if lang != "en" && lang != "de" {
				return usagef("--lang %q: use en or de", lang)
			}
			if kind != "access" {
				return a.stepLetter(args[0], kind, lang, splitList(subjects), out)
			}
			in, err := a.letterInput(args[0], splitList(subjects))
			if err != nil {
				return err
			}
			in.Lang = lang
			return a.writeOutput(out, []byte(export.Letter(in)))
		},
	}
	fl := cmd.Flags()
	fl.StringArrayVar(&subjects, "subjects", nil, "categories of data subjects the person belongs to, e.g. customers,newsletter_subscribers")
	fl.StringVar(&lang, "lang", "", "language of the letter: en or de (default from the configuration)")
	fl.StringVarP(&out, "output", "o", "", "write to this file instead of standard output")
	fl.StringVar(&kind, "kind", "access", "identity, clarification, extension, refusal, erasure, rectification or access")
	return cmd
}

func (a *app) letterInput(ref string, subjects []string) (export.LetterInput, error) {
	ws, err := a.open()
	if err != nil {
		return export.LetterInput{}, err
	}
	req, err := ws.ResolveRequest(ref)
	if err != nil {
		return export.LetterInput{}, err
	}
	if req.Type != "access" {
		fmt.Fprintf(a.stderr, "dpodesk: warning: request %s is of type %s; the letter answers an access request\n", req.Ref, req.Type)
	}
	org, err := ws.Organisation()
	if err != nil {
		return export.LetterInput{}, err
	}
	acts, err := ws.ListActivities(store.ActivityFilter{})
	if err != nil {
		return export.LetterInput{}, err
	}
	procs, err := ws.ListProcessors(store.ProcessorFilter{})
	if err != nil {
		return export.LetterInput{}, err
	}
	return export.LetterInput{Request: req, Org: org, Activities: export.SelectActivities(acts, subjects),
		Processors: procs, Now: a.now()}, nil
}
