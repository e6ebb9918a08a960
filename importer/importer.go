// Package importer reads the files of other tools people keep their
// habits, tasks and journals in, and maps them onto coach's records as a
// domain.ImportBatch: each record with the origin that names it in the
// other tool, and every thing left out or approximated counted by reason.
// It reads untrusted input: files are checked before they are opened,
// capped in size, and parsed without trusting any field.
package importer

import (
	"fmt"
	"io"
	"os"

	"coach/domain"
)

// Options are what a mapping needs besides the file.
type Options struct {
	// Competency is given to records the file gives none (coach import
	// --competency); learning when empty.
	Competency string
	// Today is the day a pending task without a due date is due.
	Today domain.Date
}

// check reads the options every reader needs: the competency of what is
// added, and a today coach keeps (it bounds the dates read).
func (o Options) check() (string, error) {
	competency, err := o.competency()
	if err != nil {
		return "", err
	}
	if !o.Today.InRange() {
		return "", fmt.Errorf("importer: today (%q) is not a date coach keeps", o.Today.String())
	}
	return competency, nil
}

// competency is the competency of what is added: o.Competency, learning
// when empty. Taskwarrior's reader needs no today, so it reads only this.
func (o Options) competency() (string, error) {
	if o.Competency == "" {
		return domain.Learning, nil
	}
	return domain.ParseCompetency(o.Competency)
}

// MaxFile is the largest file an import reads.
const MaxFile = 256 << 20

// readFile reads a regular file of at most MaxFile bytes: a pipe, a
// device or a directory where a file is expected is refused before it is
// opened (a pipe would wait for a writer).
func readFile(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", path)
	}
	if info.Size() > MaxFile {
		return nil, fmt.Errorf("%s is larger than %d MB", path, MaxFile>>20)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFile+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFile {
		return nil, fmt.Errorf("%s is larger than %d MB", path, MaxFile>>20)
	}
	return data, nil
}
