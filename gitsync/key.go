package gitsync

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"filippo.io/age"

	"coach/safefile"
)

// A key encrypts what this device pushes and decrypts what the others
// did. It is an age X25519 identity, kept in a file of the age-keygen
// form (so the age tool reads it too), mode 0600 under the config
// directory. Every device of one journal needs the same file.
type key struct {
	id *age.X25519Identity
}

// Recipient is the key's public half, as age writes it (age1…).
func (k key) Recipient() string { return k.id.Recipient().String() }

// loadKey reads the key file; a missing one is fs.ErrNotExist.
func loadKey(path string) (key, error) {
	// Checked before it is opened: opening a pipe would wait for a writer.
	if info, err := os.Stat(path); err != nil {
		return key{}, err
	} else if !info.Mode().IsRegular() || info.Size() > 64<<10 {
		return key{}, fmt.Errorf("%s is not a key file", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return key{}, err
	}
	defer f.Close()
	ids, err := age.ParseIdentities(f)
	if err != nil {
		return key{}, fmt.Errorf("%s: %v", path, err)
	}
	for _, id := range ids {
		if x, ok := id.(*age.X25519Identity); ok {
			return key{x}, nil
		}
	}
	return key{}, fmt.Errorf("%s holds no age X25519 key", path)
}

// loadOrMakeKey reads the key file, or makes one when there is none.
func loadOrMakeKey(path string, now time.Time) (key, bool, error) {
	k, err := loadKey(path)
	if !errors.Is(err, fs.ErrNotExist) {
		return k, false, err
	}
	id, err := age.GenerateX25519Identity()
	if err != nil {
		return key{}, false, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return key{}, false, err
	}
	text := fmt.Sprintf("# coach sync key, created %s\n# public key: %s\n# Copy this file to every device of the journal; whoever has it can read the journal.\n%s\n",
		now.UTC().Format(time.RFC3339), id.Recipient(), id)
	f, err := safefile.Temp(path)
	if err != nil {
		return key{}, false, err
	}
	defer os.Remove(f.Name())
	if _, err := f.WriteString(text); err != nil {
		f.Close()
		return key{}, false, err
	}
	if err := f.Close(); err != nil {
		return key{}, false, err
	}
	if err := safefile.Place(f.Name(), path, false); err != nil {
		if errors.Is(err, fs.ErrExist) { // another coach made one first
			k, err := loadKey(path)
			return k, false, err
		}
		return key{}, false, err
	}
	return key{id}, true, nil
}

// seal compresses and encrypts a file's contents.
func (k key) seal(plain []byte) ([]byte, error) {
	var out bytes.Buffer
	w, err := age.Encrypt(&out, k.id.Recipient())
	if err != nil {
		return nil, err
	}
	zw := gzip.NewWriter(w)
	if _, err := zw.Write(plain); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// open reverses seal, reading at most limit bytes of plain text.
func (k key) open(sealed []byte, limit int64) ([]byte, error) {
	r, err := age.Decrypt(bytes.NewReader(sealed), k.id)
	if err != nil {
		if strings.Contains(err.Error(), "no identity matched") {
			return nil, errors.New("encrypted with another key than this device's")
		}
		return nil, err
	}
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	plain, err := io.ReadAll(io.LimitReader(zr, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(plain)) > limit {
		return nil, fmt.Errorf("larger than %d MB", limit>>20)
	}
	return plain, nil
}
