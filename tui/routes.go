package tui

// routed is a message for particular pages: Root delivers it to them (and to
// an open modal) and to no other page. Every message a page reads that may
// arrive while another page is on screen says here where it goes, so adding a
// page never means every page must ignore its messages.
type routed interface{ pages() []tab }

// Loads go to their register's page and to the dashboard, which counts them
// (the requests by their tally, which the due index gives without a full load);
// processors also go to the activities page, which names an activity's
// processors.
func (requestsLoadedMsg) pages() []tab   { return []tab{tabRequests} }
func (requestTallyMsg) pages() []tab     { return []tab{tabDashboard} }
func (activitiesLoadedMsg) pages() []tab { return []tab{tabActivities, tabDashboard} }
func (processorsLoadedMsg) pages() []tab { return []tab{tabProcessors, tabActivities, tabDashboard} }
func (breachesLoadedMsg) pages() []tab   { return []tab{tabBreaches, tabDashboard} }
func (documentsLoadedMsg) pages() []tab  { return []tab{tabDocuments} }
func (auditLoadedMsg) pages() []tab      { return []tab{tabAudit} }
func (reloadAuditMsg) pages() []tab      { return []tab{tabAudit} }
func (findingsMsg) pages() []tab         { return []tab{tabDashboard} }

// Answers go to the page that asked.
func (m filterDoneMsg) pages() []tab   { return []tab{m.page} }
func (activityMsg) pages() []tab       { return []tab{tabActivities} }
func (processorMsg) pages() []tab      { return []tab{tabProcessors} }
func (requestDetailMsg) pages() []tab  { return []tab{tabRequests} }
func (requestEditMsg) pages() []tab    { return []tab{tabRequests} }
func (previewMsg) pages() []tab        { return []tab{tabRequests} }
func (breachDetailMsg) pages() []tab   { return []tab{tabBreaches} }
func (breachLetterMsg) pages() []tab   { return []tab{tabBreaches} }
func (breachTickMsg) pages() []tab     { return []tab{tabBreaches} }
func (documentLoadedMsg) pages() []tab { return []tab{tabDocuments} }
func (reviewReadMsg) pages() []tab     { return []tab{tabDocuments} }
func (reviewAppliedMsg) pages() []tab  { return []tab{tabDocuments} }
func (reviewEditedMsg) pages() []tab   { return []tab{tabDocuments} }
func (reviewLeaveMsg) pages() []tab    { return []tab{tabDocuments} }
func (completionMsg) pages() []tab     { return []tab{tabDocuments} }

// A save goes to the page of the record kind saved (which shows the record
// again); the loads it starts reach the other pages.
func (m savedMsg) pages() []tab {
	switch m.kind {
	case kindActivity:
		return []tab{tabActivities}
	case kindRequest:
		return []tab{tabRequests}
	case kindProcessor:
		return []tab{tabProcessors}
	case kindDocument:
		return []tab{tabDocuments}
	case kindBreach:
		return []tab{tabBreaches}
	case kindOrganisation:
		return []tab{tabSettings}
	}
	return nil
}
