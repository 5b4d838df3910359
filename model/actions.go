package model

// Audit actions: what the journal calls each kind of change. Every face names
// a change by one of these, so the journal, `audit list` and the interface's
// history use the same words; entries written by older versions keep theirs.
const (
	ActionCreate         = "create"
	ActionUpdate         = "update"
	ActionDelete         = "delete"
	ActionImport         = "import"          // a policy import's documents and drafts
	ActionImportRegister = "import.register" // a spreadsheet register brought in

	ActionRequestIdentity = "request.identity_check"
	ActionRequestStart    = "request.start"
	ActionRequestPause    = "request.pause"
	ActionRequestResume   = "request.resume"
	ActionRequestExtend   = "request.extend"
	ActionRequestClose    = "request.close"
	ActionRequestNote     = "request.note"
	ActionRequestReopen   = "request.reopen"
	ActionRequestCorrect  = "request.correct"
)
