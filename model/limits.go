package model

import (
	"fmt"
	"reflect"
	"unicode/utf8"
)

// MaxFieldLength is the most characters one text field of a record holds. A
// purpose, a note or a description is far shorter; the bound keeps a record
// from growing without limit when a client (an SSH session, a script) sends
// more than a person types, and keeps every record readable in one pass.
const MaxFieldLength = 20000

// MaxListLength is the most entries one list field of a record holds.
const MaxListLength = 1000

// CheckLengths refuses a record (a struct, or a pointer to one) with a text
// field longer than MaxFieldLength or a list longer than MaxListLength,
// naming the field. Nested structs and lists of structs are checked too.
func CheckLengths(rec any) error {
	return checkLengths(reflect.ValueOf(rec), "")
}

func checkLengths(v reflect.Value, path string) error {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return checkLengths(v.Elem(), path)
	case reflect.String:
		if n := utf8.RuneCountInString(v.String()); n > MaxFieldLength {
			return fmt.Errorf("%s holds %d characters; at most %d fit in one field", path, n, MaxFieldLength)
		}
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return nil // raw bytes, such as a document's content, are bounded by their reader
		}
		if v.Len() > MaxListLength {
			return fmt.Errorf("%s lists %d entries; at most %d fit", path, v.Len(), MaxListLength)
		}
		for i := 0; i < v.Len(); i++ {
			if err := checkLengths(v.Index(i), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			if !t.Field(i).IsExported() {
				continue
			}
			if err := checkLengths(v.Field(i), fieldPath(path, t.Field(i))); err != nil {
				return err
			}
		}
	}
	return nil
}

func fieldPath(path string, f reflect.StructField) string {
	name := f.Name
	if tag := f.Tag.Get("json"); tag != "" && tag[0] != ',' {
		for i := 0; i < len(tag); i++ {
			if tag[i] == ',' {
				tag = tag[:i]
				break
			}
		}
		name = tag
	}
	if path == "" {
		return name
	}
	return path + "." + name
}
