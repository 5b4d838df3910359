package store

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// Badger's backup stream is plaintext even for an encrypted workspace, so the
// payload of an encrypted workspace's backup is sealed here: AES-256-GCM under a
// key derived (HKDF-SHA256, a fresh salt per backup) from the workspace key, in
// frames of frameSize bytes so that a large workspace streams in constant memory.
//
// A frame is: flag byte (0 more, 1 last) | uint32 big-endian ciphertext length |
// 12-byte random nonce | ciphertext. The associated data binds the frame's index
// and flag, so frames cannot be reordered, dropped or the stream cut short
// without the tag failing.
const (
	frameSize     = 1 << 20
	backupKDFInfo = "dpodesk backup payload v1"
	frameAADLabel = "dpodesk backup frame v1"
	frameMore     = 0
	frameLast     = 1
)

func newBackupCipher(keyHeader []byte) (*BackupCipher, error) {
	c := &BackupCipher{Name: "AES-256-GCM", KDF: "HKDF-SHA256", Salt: make([]byte, 32), FrameSize: frameSize,
		KeyHeader: keyHeader}
	if _, err := rand.Read(c.Salt); err != nil {
		return nil, fmt.Errorf("reading random salt: %w", err)
	}
	return c, nil
}

// aead derives the payload key from the workspace key.
func (c *BackupCipher) aead(workspaceKey []byte) (cipher.AEAD, error) {
	if c.Name != "AES-256-GCM" || c.KDF != "HKDF-SHA256" {
		return nil, fmt.Errorf("backup cipher %s with %s is not known to this dpodesk; update dpodesk", c.Name, c.KDF)
	}
	key, err := hkdf.Key(sha256.New, workspaceKey, c.Salt, backupKDFInfo, 32)
	if err != nil {
		return nil, err
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

func frameAAD(index uint64, flag byte) []byte {
	aad := append([]byte(frameAADLabel), u64(index)...)
	return append(aad, flag)
}

// frameWriter seals what is written to it into frames; Close writes the last one.
type frameWriter struct {
	out   io.Writer
	aead  cipher.AEAD
	buf   []byte
	size  int
	index uint64
}

func newFrameWriter(out io.Writer, workspaceKey []byte, c *BackupCipher) (*frameWriter, error) {
	aead, err := c.aead(workspaceKey)
	if err != nil {
		return nil, err
	}
	return &frameWriter{out: out, aead: aead, size: c.FrameSize, buf: make([]byte, 0, c.FrameSize)}, nil
}

func (f *frameWriter) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		take := min(f.size-len(f.buf), len(p))
		f.buf = append(f.buf, p[:take]...)
		p = p[take:]
		if len(f.buf) == f.size {
			if err := f.seal(frameMore); err != nil {
				return n - len(p), err
			}
		}
	}
	return n, nil
}

// Close seals the remaining bytes (possibly none) as the last frame.
func (f *frameWriter) Close() error { return f.seal(frameLast) }

func (f *frameWriter) seal(flag byte) error {
	nonce := make([]byte, f.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return fmt.Errorf("reading random nonce: %w", err)
	}
	ct := f.aead.Seal(nil, nonce, f.buf, frameAAD(f.index, flag))
	var head [5]byte
	head[0] = flag
	binary.BigEndian.PutUint32(head[1:], uint32(len(ct)))
	for _, part := range [][]byte{head[:], nonce, ct} {
		if _, err := f.out.Write(part); err != nil {
			return fmt.Errorf("writing the encrypted data: %w", err)
		}
	}
	f.index++
	f.buf = f.buf[:0]
	return nil
}

// errBadFrame means the encrypted payload was altered, truncated or sealed with
// another key.
var errBadFrame = errors.New("the encrypted backup data does not authenticate: the file is damaged or was changed")

// frameReader opens the frames written by frameWriter.
type frameReader struct {
	in    io.Reader
	aead  cipher.AEAD
	max   int
	plain []byte
	index uint64
	done  bool
}

func newFrameReader(in io.Reader, workspaceKey []byte, c *BackupCipher) (*frameReader, error) {
	aead, err := c.aead(workspaceKey)
	if err != nil {
		return nil, err
	}
	if c.FrameSize <= 0 || c.FrameSize > 64<<20 {
		return nil, fmt.Errorf("%w: frame size %d", ErrNotBackup, c.FrameSize)
	}
	return &frameReader{in: in, aead: aead, max: c.FrameSize + aead.Overhead()}, nil
}

func (f *frameReader) Read(p []byte) (int, error) {
	for len(f.plain) == 0 {
		if f.done {
			return 0, io.EOF
		}
		if err := f.open(); err != nil {
			return 0, err
		}
	}
	n := copy(p, f.plain)
	f.plain = f.plain[n:]
	return n, nil
}

func (f *frameReader) open() error {
	var head [5]byte
	if _, err := io.ReadFull(f.in, head[:]); err != nil {
		return fmt.Errorf("%w (cut short before frame %d)", errBadFrame, f.index)
	}
	flag, size := head[0], int(binary.BigEndian.Uint32(head[1:]))
	if flag > frameLast || size > f.max {
		return errBadFrame
	}
	buf := make([]byte, f.aead.NonceSize()+size)
	if _, err := io.ReadFull(f.in, buf); err != nil {
		return fmt.Errorf("%w (cut short in frame %d)", errBadFrame, f.index)
	}
	nonce, ct := buf[:f.aead.NonceSize()], buf[f.aead.NonceSize():]
	plain, err := f.aead.Open(ct[:0], nonce, ct, frameAAD(f.index, flag))
	if err != nil {
		return errBadFrame
	}
	f.plain, f.done = plain, flag == frameLast
	f.index++
	return nil
}
