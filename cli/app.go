// Package cli is coach's command line: one cobra command per subcommand,
// all sharing an app value that resolves the database, the language and
// today's date from flags and the environment.
package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"coach/content"
	"coach/domain"
	"coach/store"
)

// IO is what a run of the program talks to; tests pass buffers.
type IO struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	Now            func() time.Time
}

// app is shared by the commands of one run.
type app struct {
	IO
	dbFlag   string
	langFlag string
	st       *store.Store
	skips    skipLog
}

// dbPath applies --db, then COACH_DB, then the XDG data directory.
func (a *app) dbPath() (string, error) {
	if a.dbFlag != "" {
		return a.dbFlag, nil
	}
	if p := a.Getenv("COACH_DB"); p != "" {
		return p, nil
	}
	return DefaultDBPath(a.Getenv)
}

// DefaultDBPath is $XDG_DATA_HOME/coach/coach.db, or
// ~/.local/share/coach/coach.db when XDG_DATA_HOME is unset.
func DefaultDBPath(getenv func(string) string) (string, error) {
	if d := getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "coach", "coach.db"), nil
	}
	home := getenv("HOME")
	if home == "" {
		h, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("cannot find the home directory: set COACH_DB or --db")
		}
		home = h
	}
	return filepath.Join(home, ".local", "share", "coach", "coach.db"), nil
}

// store opens the database once per run, creating it when missing: for
// the app and the commands that write.
func (a *app) store() (*store.Store, error) { return a.open(store.Open) }

// storeWords is store and words together: what a command that writes and
// then says so in the user's language starts with.
func (a *app) storeWords() (*store.Store, content.UI, error) {
	_, ui, err := a.words()
	if err != nil {
		return nil, ui, err
	}
	st, err := a.store()
	return st, ui, err
}

// existing opens the database for a command that only reads: a missing
// file is an error, and nothing is created.
func (a *app) existing() (*store.Store, error) { return a.open(store.OpenExisting) }

func (a *app) open(open func(string, ...store.Option) (*store.Store, error)) (*store.Store, error) {
	if a.st != nil {
		return a.st, nil
	}
	p, err := a.dbPath()
	if err != nil {
		return nil, err
	}
	st, err := open(p, store.WithClock(a.clock), store.WithWallClock(a.Now), store.WithDamaged(a.skipped))
	if err != nil {
		return nil, err
	}
	a.st = st
	return st, nil
}

// clock is the time records are stamped with: now, moved to COACH_TODAY's
// date when that is set, so that a task added "today" exists on that day.
func (a *app) clock() time.Time {
	now := a.Now()
	today, err := a.today()
	if err != nil || domain.DateOf(now) == today {
		return now
	}
	t := today.Time()
	return time.Date(t.Year(), t.Month(), t.Day(), now.Hour(), now.Minute(), now.Second(), 0, now.Location())
}

func (a *app) today() (domain.Date, error) {
	return domain.Today(a.Getenv, a.Now())
}

// todayFunc is today for the full-screen app, which asks again at every
// midnight; the setting was checked before the app starts.
func (a *app) todayFunc() func() domain.Date {
	return func() domain.Date { d, _ := a.today(); return d }
}

func (a *app) lang() (content.Lang, error) {
	if a.langFlag != "" {
		return content.ParseLang(a.langFlag)
	}
	if v := a.Getenv("COACH_LANG"); v != "" {
		return content.ParseLang(v)
	}
	return content.DetectLang(a.Getenv), nil
}

// words is the language's strings for what the command line prints to a
// person.
func (a *app) words() (content.Lang, content.UI, error) {
	lang, err := a.lang()
	if err != nil {
		return "", content.UI{}, err
	}
	return lang, content.Strings(lang), nil
}

// competencyWord names a competency in a confirmation line.
func competencyWord(lang content.Lang, ui content.CLIUI, id string) string {
	if ui.NameCompetencies {
		return content.CompetencyName(lang, id)
	}
	return id
}

// date parses a --date style flag against today.
func (a *app) date(s string, future bool) (domain.Date, error) {
	today, err := a.today()
	if err != nil {
		return 0, err
	}
	if s == "" {
		return today, nil
	}
	return domain.ParseDate(s, today, future)
}

// storeToday opens the existing database and reads today: what the
// reading commands start with.
func (a *app) storeToday() (*store.Store, domain.Date, error) {
	today, err := a.today()
	if err != nil {
		return nil, 0, err
	}
	st, err := a.existing()
	return st, today, err
}

// checkInArgs reads what done and undone act on: the task id, the database
// and the day (today, or --date, never in the future).
func (a *app) checkInArgs(idArg, dateFlag string) (uint64, *store.Store, domain.Date, error) {
	id, err := parseID(idArg)
	if err != nil {
		return 0, nil, 0, err
	}
	st, err := a.store()
	if err != nil {
		return 0, nil, 0, err
	}
	day, err := a.pastDate(dateFlag)
	return id, st, day, err
}
