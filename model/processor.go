package model

import "time"

// Processor is a service provider that processes personal data for the controller
// (Art. 28), or another party the DPO tracks with it (GDPR.md §4.3).
type Processor struct {
	ID          uint64       `json:"id"`
	Name        string       `json:"name"`
	LegalEntity string       `json:"legal_entity,omitempty"`
	Aliases     []string     `json:"aliases,omitempty"`
	Status      RecordStatus `json:"status"`
	Role        string       `json:"role"` // processor, sub_processor, joint_controller, independent_controller
	Contact     string       `json:"contact,omitempty"`
	DPOContact  string       `json:"dpo_contact,omitempty"`
	Services    string       `json:"services,omitempty"`
	Address     string       `json:"address,omitempty"`
	Country     string       `json:"country,omitempty"` // ISO 3166-1 alpha-2 of the seat

	DataCategories    []string `json:"data_categories,omitempty"`
	SubjectCategories []string `json:"subject_categories,omitempty"`

	DPA DPA `json:"dpa"`

	Authorisation string         `json:"authorisation,omitempty"` // specific or general (Art. 28(2))
	NoticeDays    int            `json:"notice_days,omitempty"`   // notice period for sub-processor changes
	SubProcessors []SubProcessor `json:"sub_processors,omitempty"`

	Countries         []string `json:"countries,omitempty"`          // processing and storage countries
	TransferMechanism string   `json:"transfer_mechanism,omitempty"` // adequacy, scc, dpf, bcr, derogation, other, ""
	TIAReference      string   `json:"tia_reference,omitempty"`
	Certifications    []string `json:"certifications,omitempty"`
	BreachNoticeHours int      `json:"breach_notice_hours,omitempty"`
	Termination       string   `json:"termination,omitempty"` // return or delete
	DeletionCertified Date     `json:"deletion_certified"`

	Source    *Evidence `json:"source,omitempty"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
	Version   int       `json:"version"`
}

// DPA is the data processing agreement with a processor, Art. 28(3).
type DPA struct {
	Status     string          `json:"status"` // none, requested, negotiating, signed, expired, terminated
	SignedOn   Date            `json:"signed_on"`
	Version    string          `json:"version,omitempty"`
	Form       string          `json:"form,omitempty"` // individual, scc_2021_915, vendor_terms
	NextReview Date            `json:"next_review"`
	Clauses    map[string]bool `json:"clauses,omitempty"` // Art. 28(3) points "a".."h" present in the contract
}

// SubProcessor is a processor engaged by a processor, Art. 28(2) and (4).
type SubProcessor struct {
	Name      string `json:"name"`
	Service   string `json:"service,omitempty"`
	Country   string `json:"country,omitempty"`
	Mechanism string `json:"mechanism,omitempty"`
	AddedOn   Date   `json:"added_on"`
}
