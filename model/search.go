package model

import "strings"

// The searchable text of a register entry is the one rule behind the "/" filter
// of the interface and `--grep` of the CLI: a DPO asks "which activities use
// Personio?" or "what runs on consent?", so the text holds every field of the
// record, vocabulary entries as key and as English and German label, legal
// bases as code and label, countries as code and name, and the names of linked
// records. It is lower case; a query matches when it contains every word of it.

// SearchWords splits a query into the lower-case words a record must contain.
func SearchWords(q string) []string { return strings.Fields(strings.ToLower(q)) }

// MatchSearch reports whether a searchable text contains every word.
func MatchSearch(text string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}

// searchText collects the parts of a record's searchable text.
type searchText struct{ b strings.Builder }

func (s *searchText) add(vals ...string) {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			s.b.WriteString(strings.ToLower(v))
			s.b.WriteByte('\n')
		}
	}
}

// terms adds vocabulary values with their labels in both languages, so that
// "employees" and "Beschäftigte" both find a record that stores the key.
func (s *searchText) terms(kind string, keys ...string) {
	for _, k := range keys {
		s.add(k)
		if t, ok := MatchTerm(kind, k); ok {
			s.add(t.Key, t.EN, t.DE)
		}
	}
}

func (s *searchText) bases(codes ...string) {
	for _, c := range codes {
		s.add(c)
		if b, err := ParseLegalBasis(c); err == nil {
			s.add(b.Code(), b.Label("en"), b.Label("de"))
		}
	}
}

func (s *searchText) countries(codes ...string) {
	for _, c := range codes {
		s.add(c)
		if ci, ok := Country(c); ok {
			s.add(ci.Name("en"), ci.Name("de"))
		}
	}
}

// SearchText is the activity's searchable text; procs resolves its linked
// processors and recipients (nil when unknown), whose names, roles and
// countries a search finds too.
func (a Activity) SearchText(procs map[uint64]Processor) string {
	var s searchText
	s.add(a.Name, a.Description, string(a.Status), StatusLabel(string(a.Status), "en"), StatusLabel(string(a.Status), "de"))
	s.add(a.JointControllers...)
	s.add(a.Representative)
	s.add(a.Purposes...)
	s.bases(a.LegalBases...)
	s.bases(a.Art9Conditions...)
	s.add(a.Art10Basis, a.NationalBasis, a.LawReference, a.LegitimateInterest, a.ConsentWithdrawal, a.TerminalAccess)
	s.terms(VocabDataSubject, a.DataSubjects...)
	s.terms(VocabDataCategory, a.DataCategories...)
	s.terms(VocabRecipientCategory, a.Recipients...)
	for _, id := range a.ProcessorIDs {
		if p, ok := procs[id]; ok {
			s.add(p.Name, p.LegalEntity)
			s.add(p.Aliases...)
			s.terms(VocabProcessorRole, p.Role)
			s.countries(p.Country)
		}
	}
	for _, t := range a.Transfers {
		s.countries(t.Country)
		s.add(t.Recipient, t.Documentation, t.TIAReference)
		s.terms(VocabTransferMechanism, t.Mechanism)
	}
	for _, r := range a.Retention {
		s.add(r.Category, r.Period)
	}
	s.add(a.RetentionJustification, a.TOMs, a.TOMsJustification)
	s.terms(VocabDataSource, a.DataSource)
	s.add(a.Systems...)
	s.add(a.StorageLocation, a.Owner)
	s.add(a.AccessRoles...)
	s.add(a.PrivacyNotice)
	s.add(a.Links...)
	s.terms(VocabWP248, a.DPIA.Criteria...)
	s.terms(VocabDPIADecision, a.DPIA.Decision)
	s.add(a.DPIA.Reason, a.DPIA.Reference)
	return s.b.String()
}

// SearchText is the processor's searchable text; usedBy names the activities
// that use it, so a search for an activity finds its processors as well.
func (p Processor) SearchText(usedBy []string) string {
	var s searchText
	s.add(p.Name, p.LegalEntity, string(p.Status), StatusLabel(string(p.Status), "en"), StatusLabel(string(p.Status), "de"))
	s.add(p.Aliases...)
	s.terms(VocabProcessorRole, p.Role)
	s.add(p.Contact, p.DPOContact, p.Services, p.Address)
	s.countries(p.Country)
	s.countries(p.Countries...)
	s.terms(VocabDataCategory, p.DataCategories...)
	s.terms(VocabDataSubject, p.SubjectCategories...)
	s.terms(VocabDPAStatus, p.DPA.Status)
	s.add(p.DPA.Version)
	s.add(p.Authorisation, p.TIAReference, p.Termination)
	s.terms(VocabTransferMechanism, p.TransferMechanism)
	s.add(p.Certifications...)
	for _, sp := range p.SubProcessors {
		s.add(sp.Name, sp.Service)
		s.countries(sp.Country)
		s.terms(VocabTransferMechanism, sp.Mechanism)
	}
	s.add(usedBy...)
	return s.b.String()
}

// SearchText is the request's searchable text: reference, data subject, type
// (key and labels), status, and SearchDetail.
func (r Request) SearchText() string {
	var s searchText
	s.add(r.Ref, r.Subject, r.Type, r.Status, StatusLabel(r.Status, "en"), StatusLabel(r.Status, "de"))
	if t, ok := RequestTypeByKey(r.Type); ok {
		s.add(t.Label("en"), t.Label("de"))
	}
	return s.b.String() + r.SearchDetail()
}

// SearchDetail is the part of a request's searchable text that a table row
// does not show and the slim rows leave out: the contact, the channel, the
// jurisdiction, the outcome, and what the timeline records in words (notes,
// reasons). A list that already searches its row's columns adds only this.
func (r Request) SearchDetail() string {
	var s searchText
	s.add(r.Contact, r.Jurisdiction, r.Outcome)
	s.terms(VocabChannel, r.Channel)
	for _, e := range r.Events {
		s.add(e.Text, e.Reason)
	}
	return s.b.String()
}

// SearchText is the breach's searchable text: title, description, how and by
// whom it was found, its nature, systems, data and subject categories (key and
// labels), consequences, measures, the decision's reason, the authority's
// reference and the updates.
func (b Breach) SearchText() string {
	var s searchText
	s.add(b.Title, b.Description, b.Status, b.FoundHow, b.FoundBy)
	s.add(b.Nature...)
	s.add(b.Systems...)
	s.terms(VocabDataCategory, b.DataCategories...)
	s.terms(VocabDataSubject, b.SubjectCategories...)
	s.add(b.Consequences, b.MeasuresTaken, b.MeasuresProposed)
	if b.Decision != nil {
		s.add(b.Decision.Reason)
	}
	if b.Notice != nil {
		s.add(b.Notice.Reference, b.Notice.DelayReasons)
	}
	for _, u := range b.Updates {
		s.add(u.Text)
	}
	return s.b.String()
}
