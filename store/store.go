// Package store keeps coach's records in one bbolt file.
//
// The file is opened for one transaction at a time and closed again, so the
// lock is held only as long as that transaction: the full-screen app can stay
// open for hours while `coach done` runs in another shell.
//
// Bucket tree (keys → values; ids are 8-byte big-endian, dates YYYY-MM-DD):
//
//	meta         app → "coach", schema → "3", rev → uint64 (bumped by every write),
//	             last_competency → the competency of the last task added,
//	             dismissed_review → the week whose missing review the user dismissed
//	goals        id → Goal JSON (with its measure since schema 3)
//	tasks        id → Task JSON
//	recurring    id → ""                   every recurring task, archived ones too
//	once_due     due|id → ""               every one-off task by due date
//	open         due|id → ""               one-off tasks neither done nor archived
//	checkins     date|taskid → minutes (uvarint) + note bytes (checkin_codec.go;
//	             the first builds wrote JSON, rewritten by the schema 3 step)
//	task_days    taskid|date → ""          the same check-ins, by task
//	reflections  date → Reflection JSON
//	reviews      week (2026-W45) → Review JSON
//	ratings      date → one byte, the reflection's rating, 0 when unrated
//	             (Progress reads these without decoding the journal text)
//	goal_tasks   goalid|taskid → flags (1 recurring, 2 archived) + due date:
//	             a goal's tasks and, with open, which one-off ones are done
//	gids         gid → 'g' or 't' + id: the global ids of goals and tasks
//	             (schema 4), which sync and the export use
//	recall_*     the review log of recall cards and what derives from it
//	             (recall.go, schema 5)
//	origins      origin → 'g' or 't' + id, or 'r' + day: what imports
//	             from other tools made, so that a second import adds
//	             nothing (schema 6; 'r' for journal entries from 7)
//	sync_*       what sync knows (sync_state.go): changes not yet sent, the
//	             merged state of every record, segments not yet pushed, and
//	             how far each other device's segments were applied
package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"coach/safefile"
)

// SchemaVersion is the layout this build writes.
const SchemaVersion = 7

// LockTimeout is how long an operation waits for another process's
// transaction before giving up with ErrBusy.
var LockTimeout = 1500 * time.Millisecond

var (
	// ErrBusy means another process holds the file for longer than LockTimeout.
	ErrBusy = errors.New("database is busy")
	// ErrNotFound is matched (errors.Is) by every "no such record" error.
	ErrNotFound = errors.New("not found")
)

// BusyError names the file another process holds; it matches ErrBusy.
type BusyError struct{ Path string }

func (e *BusyError) Error() string {
	return fmt.Sprintf("%v: another coach is using %s; try again in a moment", ErrBusy, e.Path)
}
func (e *BusyError) Is(target error) bool { return target == ErrBusy }

// notFound names the missing record: "no task with id 99".
type notFound struct {
	kind string
	id   any
}

func (e notFound) Error() string        { return fmt.Sprintf("no %s with id %v", e.kind, e.id) }
func (e notFound) Is(target error) bool { return target == ErrNotFound }

// Store is a handle on a database file. It holds no lock between calls and
// is safe for concurrent use.
type Store struct {
	path string
	now  func() time.Time // stamps records; COACH_TODAY may move it
	wall func() time.Time // names copies; always the real clock
	skip damageLog        // damaged records that reads skipped (damage.go)
}

// Option adjusts a Store.
type Option func(*Store)

// WithClock sets the clock used for creation times, and for the names of
// copies too unless WithWallClock follows (tests).
func WithClock(now func() time.Time) Option {
	return func(s *Store) { s.now, s.wall = now, now }
}

// WithWallClock sets the real clock, which dates the daily copies and the
// copies kept before a restore or an import: a date set for the records
// must not name files that pruning then never reaches.
func WithWallClock(wall func() time.Time) Option { return func(s *Store) { s.wall = wall } }

// Open prepares the database at path: it creates the directory (0700) and the
// file (0600) when missing, and checks or migrates the schema of an existing
// file. An existing file that is not a coach database is left untouched.
// When path is a link, the store works on the file it names.
func Open(path string, opts ...Option) (*Store, error) {
	return open(path, true, opts)
}

// OpenExisting is Open for the commands that only read: a missing file is
// an error, and nothing is created, neither the file nor its directory.
func OpenExisting(path string, opts ...Option) (*Store, error) {
	return open(path, false, opts)
}

func open(path string, create bool, opts []Option) (*Store, error) {
	real, err := resolve(path)
	if err != nil {
		return nil, err
	}
	s := At(real, opts...)
	if create {
		if err := os.MkdirAll(filepath.Dir(real), 0o700); err != nil {
			return nil, fmt.Errorf("cannot create the data directory: %w", err)
		}
	}
	info, err := os.Stat(real)
	switch {
	case errors.Is(err, fs.ErrNotExist) && create:
		return s, s.create()
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("%s does not exist: check --db and COACH_DB (a command that writes creates it)", path)
	case err != nil:
		return nil, fmt.Errorf("cannot read %s: %w", path, err)
	case info.IsDir():
		return nil, fmt.Errorf("%s is a directory, not a coach database", path)
	case !info.Mode().IsRegular():
		return nil, fmt.Errorf("%s is not a regular file (%v), not a coach database", path, info.Mode().Type())
	case info.Size() == 0:
		return nil, fmt.Errorf("%s is empty, not a coach database: remove it or run coach restore BACKUP", path)
	}
	return s, s.upgrade()
}

// resolve is the file that path names, following the links path itself
// is; a link to nothing is refused, as coach would make a file elsewhere.
func resolve(path string) (string, error) {
	real, err := safefile.Resolve(path)
	if err != nil {
		return "", fmt.Errorf("cannot read %s: %w", path, err)
	}
	if real != path {
		if _, err := os.Lstat(real); errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("%s is a link to %s, which does not exist", path, real)
		}
	}
	return real, nil
}

// At is a handle on the database at path that neither creates nor checks
// the file: for restore, which must work when the file there is damaged or
// not a coach database. Every other use goes through Open.
func At(path string, opts ...Option) *Store {
	s := &Store{path: path, now: time.Now, wall: time.Now}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// create makes a new database file with the current schema. The file is
// made whole under a name of its own and then linked into place, so that a
// run killed meanwhile leaves no empty or half-made file under the name, and
// two first runs at once both end up on the one that came first.
func (s *Store) create() error {
	removeStrays(s.path)
	f, err := safefile.Temp(s.path)
	if err != nil {
		return fmt.Errorf("cannot create %s: %w", s.path, err)
	}
	f.Close()
	tmp := &Store{path: f.Name(), now: s.now, wall: s.wall}
	defer os.Remove(tmp.path)
	err = tmp.write(initSchema, false)
	if err == nil {
		err = safefile.Place(tmp.path, s.path, false)
		if errors.Is(err, fs.ErrExist) {
			return s.upgrade() // another coach created it first
		}
	}
	if err != nil {
		return fmt.Errorf("cannot create %s: %w", s.path, err)
	}
	return nil
}

// openDB opens the bbolt file for one transaction, read-only or not.
func (s *Store) openDB(readOnly bool) (*bolt.DB, error) {
	return s.openWith(bolt.Options{ReadOnly: readOnly})
}

// openWith opens the bbolt file with o, plus the lock timeout and the
// guard against faults.
func (s *Store) openWith(o bolt.Options) (db *bolt.DB, err error) {
	// bbolt maps the file and reads its pages from memory: a page past
	// the end of a truncated file is a SIGBUS, which would kill the
	// program. Make it a panic, and the panic an error.
	// Only create makes the database file: one moved away or deleted
	// while the app is open must not come back empty under its name.
	var file *os.File
	openFile := func(name string, flag int, perm os.FileMode) (*os.File, error) {
		if name != s.path {
			return os.OpenFile(name, flag, perm)
		}
		if err := regularFile(name); err != nil {
			return nil, err
		}
		f, err := os.OpenFile(name, flag&^os.O_CREATE, perm)
		if file == nil { // not tx.WriteTo's own open of the file later
			file = f
		}
		return f, err
	}
	defer func() {
		if r := recover(); r != nil {
			if file != nil {
				file.Close() // also drops the lock
			}
			db, err = nil, fmt.Errorf("%s is damaged (%v): run coach check, or coach restore BACKUP", s.path, r)
		}
	}()
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	o.Timeout, o.OpenFile = LockTimeout, openFile
	db, err = bolt.Open(s.path, 0o600, &o)
	if err == nil {
		if err = checkLength(db, file); err != nil {
			db.Close()
		}
	}
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		return nil, &BusyError{Path: s.path}
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("%s is gone: it was moved or deleted while coach was using it; nothing was written", s.path)
	case errors.Is(err, errNotRegular):
		return nil, fmt.Errorf("%s is no longer a regular file; nothing was written", s.path)
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrVersionMismatch), errors.Is(err, berrors.ErrChecksum),
		errors.Is(err, errTruncated), err != nil && strings.HasPrefix(err.Error(), "file size too small"):
		return nil, fmt.Errorf("%s is not a valid coach database (%v): run coach check, or coach restore BACKUP", s.path, err)
	case err != nil:
		return nil, fmt.Errorf("cannot open %s: %w", s.path, err)
	}
	// Grow the file a megabyte at a time rather than bbolt's 16 MB: a
	// journal grows slowly and the file should stay close to its data.
	db.AllocSize = 1 << 20
	return db, nil
}

var (
	errTruncated  = errors.New("the file is truncated")
	errNotRegular = errors.New("not a regular file")
)

// regularFile refuses a name that is no longer a regular file before it
// is opened: opening a pipe for reading would wait for a writer forever.
func regularFile(name string) error {
	info, err := os.Stat(name)
	if err == nil && !info.Mode().IsRegular() {
		err = errNotRegular
	}
	return err
}

// checkLength refuses a file shorter than the pages its header counts (a
// file cut short by a copy or a full disk): reading them would fault.
func checkLength(db *bolt.DB, f *os.File) error {
	info, err := f.Stat()
	if err != nil {
		return err
	}
	return db.View(func(tx *bolt.Tx) error {
		if tx.Size() > info.Size() {
			return fmt.Errorf("%w: %d of %d bytes", errTruncated, info.Size(), tx.Size())
		}
		return nil
	})
}

// view runs fn in a read transaction on a freshly opened file.
func (s *Store) view(fn func(*bolt.Tx) error) error {
	return s.viewWith(bolt.Options{ReadOnly: true}, fn)
}

// viewWith is view on a file opened with o.
func (s *Store) viewWith(o bolt.Options, fn func(*bolt.Tx) error) (err error) {
	db, err := s.openWith(o)
	if err != nil {
		return err
	}
	defer db.Close()
	defer s.recoverDamage(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	return db.View(fn)
}

// update runs fn in one write transaction and bumps the revision, so every
// user action is one atomic, durable write. The first write of a day first
// keeps a copy of the file as it was.
func (s *Store) update(fn func(*bolt.Tx) error) error {
	return s.write(fn, true)
}

func (s *Store) write(fn func(*bolt.Tx) error, dailyCopy bool) (err error) {
	db, err := s.openDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	defer s.recoverDamage(&err)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	if dailyCopy {
		if err := s.keepDailyCopy(db); err != nil {
			return err
		}
	}
	return db.Update(func(tx *bolt.Tx) error {
		packAppendOnly(tx)
		if err := fn(tx); err != nil {
			return err
		}
		return bumpRev(tx)
	})
}

// packAppendOnly fills the pages of the buckets keyed by date or by a new
// id nearly full when they split: new keys almost always come last there, so
// bbolt's default half-full split would leave half of every page empty for
// good.
func packAppendOnly(tx *bolt.Tx) {
	for _, name := range [][]byte{bCheckins, bReflections, bRatings, bOnceDue, bTasks, bGoals, bTaskDays, bReviews, bRecallDays} {
		if b := tx.Bucket(name); b != nil {
			b.FillPercent = 0.95
		}
	}
}

// recoverDamage turns a panic inside bbolt (a damaged page) into an error.
func (s *Store) recoverDamage(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%s is damaged (%v): run coach check, or coach restore BACKUP", s.path, r)
	}
}

// Rev returns the revision counter, which every write bumps: a cheap way for
// a long-running view to notice changes made by another process.
func (s *Store) Rev() (uint64, error) {
	var rev uint64
	err := s.view(func(tx *bolt.Tx) error {
		rev = u64(tx.Bucket(bMeta).Get(kRev))
		return nil
	})
	return rev, err
}
