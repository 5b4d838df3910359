package main

import (
	"bytes"
	"compress/flate"
	"crypto/aes"
	"crypto/cipher"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
)

// odtRounds is the PBKDF2 iteration count Writer writes.
const odtRounds = 100000

// encrypt encrypts the part as ODF 1.2 packages are encrypted (part 3, 3.4):
// the deflated data in AES-256-CBC, its key derived with PBKDF2-HMAC-SHA1 from
// the SHA-256 of the password, and the SHA-256 of the first kilobyte of the
// deflated data as the checksum that tells a wrong password.
func (p *odtPart) encrypt(password string) error {
	var z bytes.Buffer
	fw, err := flate.NewWriter(&z, flate.BestCompression)
	if err != nil {
		return err
	}
	if _, err := fw.Write(p.data); err != nil {
		return err
	}
	if err := fw.Close(); err != nil {
		return err
	}
	comp := z.Bytes()
	sum := sha256.Sum256(comp[:min(1024, len(comp))])
	start := sha256.Sum256([]byte(password))
	// A fixture needs no secrecy: salt and IV derived from the part's name
	// keep a regenerated file byte-identical.
	salt, iv := fixedBytes("salt "+p.name), fixedBytes("iv "+p.name)
	key, err := pbkdf2.Key(sha1.New, string(start[:]), salt, odtRounds, 32)
	if err != nil {
		return err
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return err
	}
	pad := aes.BlockSize - len(comp)%aes.BlockSize
	plain := append(comp, bytes.Repeat([]byte{byte(pad)}, pad)...)
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(plain, plain)
	p.size, p.data, p.stored = len(p.data), plain, true
	p.encryption = fmt.Sprintf(`<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="%s">`+
		`<manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="%s"/>`+
		`<manifest:start-key-generation manifest:start-key-generation-name="http://www.w3.org/2000/09/xmldsig#sha256" manifest:key-size="32"/>`+
		`<manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="32" manifest:iteration-count="%d" manifest:salt="%s"/>`+
		`</manifest:encryption-data>`, b64(sum[:]), b64(iv), odtRounds, b64(salt))
	return nil
}

func fixedBytes(seed string) []byte {
	h := sha256.Sum256([]byte(seed))
	return h[:16]
}

func b64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }
