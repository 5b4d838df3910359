package store

import (
	"bytes"
	"encoding/binary"
	"strings"

	"github.com/dpodesk/dpodesk/model"
)

// The key schema of a workspace. Every key the store reads or writes is built in
// this file, so the layout can be read in one place (docs/data-model.md repeats it).
//
// IDs and sequence numbers are big-endian uint64 (8 bytes), so a prefix scan returns
// records in ID order and a reverse scan returns the newest first. Index values are
// raw bytes; the ID is always the last 8 bytes of an index key, which is why a value
// may itself contain "/".
//
//	meta/schema                         uint64: schema version of the data (see migrate.go)
//	meta/audit                          last audit seq (8 bytes) + SHA-256 of that entry (32 bytes)
//	meta/count/<kind>                   uint64: number of records of a kind
//	meta/seq/<kind>                     Badger Sequence that hands out IDs of a kind
//	meta/demo                           the records the demo loaded, for removing them (codec, DemoMark)
//
//	a/<id>                              activity          (codec: version byte + JSON)
//	ar/<id>                             activity row      (rowcodec: compact binary)
//	p/<id>                              processor         (codec)
//	pr/<id>                             processor row     (rowcodec)
//	r/<id>                              request           (codec)
//	rr/<id>                             request slim row  (rowcodec, model.Request.Slim)
//	d/<id>                              document with text and sections (codec)
//	dr/<id>                             document without text and sections (codec)
//	b/<id>                              breach            (codec)
//	o/                                  organisation singleton (codec)
//	s/<key>                             setting: plain UTF-8 string
//	log/<seq>                           audit entry (codec), chained by SHA-256
//
//	ix/activity/name/<lower name>/<id>          unique activity name
//	ix/activity/status/<status>/<id>
//	ix/activity/processor/<processor id>/<id>   processor → activities that use it
//	ix/processor/name/<lower name>/<id>         unique processor name
//	ix/processor/entity/<lower legal entity>/<id>
//	ix/processor/alias/<lower alias>/<id>
//	ix/processor/status/<status>/<id>
//	ix/request/ref/<lower ref>/<id>
//	ix/request/status/<status>/<id>
//	ix/request/type/<type>/<id>
//	ix/document/name/<lower name>/<id>           every import of a file name, newest last
//	ix/breach/status/<status>/<id>
//	ix/audit/record/<record id>/<seq>            audit entries of one record ID (any kind)
//
// Index keys carry no value; they are written and deleted in the same transaction
// as the record they point at.
const (
	kindActivity     = "activity"
	kindProcessor    = "processor"
	kindRequest      = "request"
	kindDocument     = "document"
	kindOrganisation = "organisation"
	kindSetting      = "setting"
	kindBreach       = "breach"
)

var (
	keySchema    = []byte("meta/schema")
	keyAuditHead = []byte("meta/audit")
	keyOrg       = []byte("o/")
	keyDemo      = []byte("meta/demo")

	prefixActivity     = []byte("a/")
	prefixActivityRow  = []byte("ar/")
	prefixActivityCopy = []byte("ac/")
	prefixProcessor    = []byte("p/")
	prefixProcessorRow = []byte("pr/")
	prefixRequest      = []byte("r/")
	prefixRequestRow   = []byte("rr/")
	prefixDocument     = []byte("d/")
	prefixDocumentRow  = []byte("dr/")
	prefixSetting      = []byte("s/")
	prefixLog          = []byte("log/")
	prefixBreach       = []byte("b/")
)

// recordPrefix maps a kind to its record prefix.
var recordPrefix = map[string][]byte{
	kindActivity: prefixActivity, kindProcessor: prefixProcessor,
	kindRequest: prefixRequest, kindDocument: prefixDocument,
}

func u64(n uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], n)
	return b[:]
}

func join(parts ...[]byte) []byte {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	return bytes.Join(parts, nil)[:n:n]
}

func idKey(prefix []byte, id uint64) []byte { return join(prefix, u64(id)) }

// idOf returns the ID at the end of a record, row or index key.
func idOf(key []byte) uint64 {
	if len(key) < 8 {
		return 0
	}
	return binary.BigEndian.Uint64(key[len(key)-8:])
}

func keyCount(kind string) []byte    { return []byte("meta/count/" + kind) }
func keySequence(kind string) []byte { return []byte("meta/seq/" + kind) }
func keySetting(name string) []byte  { return join(prefixSetting, []byte(name)) }
func keyLog(seq uint64) []byte       { return idKey(prefixLog, seq) }

// ixPrefix is the prefix of every index key of one kind, field and value; the
// trailing "/" keeps "acme" from matching "acme corp".
func ixPrefix(kind, field string, value []byte) []byte {
	return join([]byte("ix/"+kind+"/"+field+"/"), value, []byte("/"))
}

func ixKey(kind, field string, value []byte, id uint64) []byte {
	return join(ixPrefix(kind, field, value), u64(id))
}

// fold is the form names, aliases and refs are indexed under: case-insensitive,
// surrounding spaces ignored.
func fold(s string) []byte { return []byte(strings.ToLower(strings.TrimSpace(s))) }

func keyAuditRecord(recordID, seq uint64) []byte {
	return join([]byte("ix/audit/record/"), u64(recordID), []byte("/"), u64(seq))
}

func activityIndexKeys(a *model.Activity) [][]byte {
	keys := [][]byte{
		ixKey(kindActivity, "name", fold(a.Name), a.ID),
		ixKey(kindActivity, "status", []byte(a.Status), a.ID),
	}
	for _, pid := range a.ProcessorIDs {
		keys = append(keys, ixKey(kindActivity, "processor", u64(pid), a.ID))
	}
	return keys
}

func processorIndexKeys(p *model.Processor) [][]byte {
	keys := [][]byte{
		ixKey(kindProcessor, "name", fold(p.Name), p.ID),
		ixKey(kindProcessor, "status", []byte(p.Status), p.ID),
	}
	if strings.TrimSpace(p.LegalEntity) != "" {
		keys = append(keys, ixKey(kindProcessor, "entity", fold(p.LegalEntity), p.ID))
	}
	for _, alias := range p.Aliases {
		if strings.TrimSpace(alias) != "" {
			keys = append(keys, ixKey(kindProcessor, "alias", fold(alias), p.ID))
		}
	}
	return keys
}

func requestIndexKeys(id uint64, ref, status, typ string) [][]byte {
	return [][]byte{
		ixKey(kindRequest, "ref", fold(ref), id),
		ixKey(kindRequest, "status", []byte(status), id),
		ixKey(kindRequest, "type", []byte(typ), id),
	}
}

func documentIndexKeys(id uint64, name string) [][]byte {
	return [][]byte{ixKey(kindDocument, "name", fold(name), id)}
}
