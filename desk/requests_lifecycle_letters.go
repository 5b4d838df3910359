package desk

import (
	"github.com/dpodesk/dpodesk/export"
	"github.com/dpodesk/dpodesk/model"
	"github.com/dpodesk/dpodesk/store"
)

// RequestLetter drafts the letter of one step of a request (export.LetterKinds)
// in lang from the register and the organisation. subjects chooses the
// activities of an access letter (export.SelectActivities). A letter that must
// not be sent (an extension notice after the first period) is a *RuleError.
func (d *Desk) RequestLetter(idOrRef, kind, lang string, subjects []string) (string, error) {
	req, err := d.ws.ResolveRequest(idOrRef)
	if err != nil {
		return "", err
	}
	org, err := d.ws.Organisation()
	if err != nil {
		return "", err
	}
	in := export.StepInput{Kind: kind, Request: req, Org: org, Rules: d.Rules(), Lang: lang, Now: d.now(), DateLayout: d.dateLayout}
	if kind == export.LetterAccess || kind == export.LetterErasure || kind == export.LetterRectification {
		acts, err := d.ws.ListActivities(store.ActivityFilter{})
		if err != nil {
			return "", err
		}
		procs, err := d.ws.ListProcessors(store.ProcessorFilter{})
		if err != nil {
			return "", err
		}
		chosen := export.SelectActivities(acts, subjects)
		in.Access = export.LetterInput{Activities: chosen, Processors: procs}
		in.Recipients = processorNamesOf(chosen, procs)
	}
	text, err := export.StepLetter(in)
	if err != nil {
		return "", &RuleError{Err: err}
	}
	return model.SafeText(text), nil // a subject's name reaches a terminal and a document
}

// processorNamesOf names the processors linked to the chosen activities, in the
// order first linked: the recipients an Art. 19 notification goes to.
func processorNamesOf(acts []model.Activity, procs []model.Processor) []string {
	names := map[uint64]string{}
	for _, p := range procs {
		names[p.ID] = p.Name
	}
	seen := map[uint64]bool{}
	var out []string
	for _, a := range acts {
		for _, id := range a.ProcessorIDs {
			if n, ok := names[id]; ok && !seen[id] {
				seen[id] = true
				out = append(out, n)
			}
		}
	}
	return out
}

// DraftLetter drafts the letter of one step of a request for every data
// subject category (the interface's letter preview).
func (d *Desk) DraftLetter(idOrRef, kind, lang string) (string, error) {
	return d.RequestLetter(idOrRef, kind, lang, nil)
}
