package domain

import "time"

// MaxID is the largest id a goal or task can have: 2^53-1, which a JSON
// reader in JavaScript still holds exactly, and far from the 2^64 where a
// counter would wrap onto the first records.
const MaxID = 1<<53 - 1

// Goal status values.
const (
	StatusActive   = "active"
	StatusDone     = "done"
	StatusArchived = "archived"
)

// Goal is something to reach in one competency. Its JSON form is the export
// format's.
type Goal struct {
	ID         uint64    `json:"id"`
	GID        string    `json:"gid,omitempty"` // export version 3 on (gid.go)
	Title      string    `json:"title"`
	Competency string    `json:"competency"`
	Why        string    `json:"why"`
	Target     Date      `json:"target"`
	Measure    Measure   `json:"measure,omitzero"` // export version 2 on
	Resources  []string  `json:"resources"`
	Status     string    `json:"status"`
	Created    time.Time `json:"created"`
}

// Task is a one-off or recurring piece of practice.
type Task struct {
	ID         uint64    `json:"id"`
	GID        string    `json:"gid,omitempty"` // export version 3 on (gid.go)
	Title      string    `json:"title"`
	GoalID     uint64    `json:"goal_id"`
	Competency string    `json:"competency"`
	Repeat     string    `json:"repeat"`
	Due        Date      `json:"due"`
	Minutes    int       `json:"minutes"`
	Notes      string    `json:"notes"`
	Archived   bool      `json:"archived"`
	ArchivedOn Date      `json:"archived_on,omitempty"`
	Created    time.Time `json:"created"`
}

// Schedule returns the parsed repeat rule; a stored task always has a valid one.
func (t Task) Schedule() Repeat {
	r, _ := ParseRepeat(t.Repeat)
	return r
}

// CreatedOn is the local day the task was created, within the dates coach
// keeps: an imported creation time may be as early as year 1 (Go's zero
// time), and a history must not be walked from there.
func (t Task) CreatedOn() Date { return min(max(DateOf(t.Created.Local()), MinDate), MaxDate) }

// ActiveOn reports whether the task existed and was not yet archived on d.
func (t Task) ActiveOn(d Date) bool {
	if d < t.CreatedOn() && t.Schedule().Recurring() {
		return false
	}
	return !t.Archived || (!t.ArchivedOn.IsZero() && d < t.ArchivedOn)
}

// CheckIn records a task done on a day.
type CheckIn struct {
	TaskID  uint64 `json:"task_id"`
	Date    Date   `json:"date"`
	Minutes int    `json:"minutes"`
	Note    string `json:"note"`
}

// Reflection is the day's short journal entry.
type Reflection struct {
	Date         Date     `json:"date"`
	Learned      string   `json:"learned"`
	Solved       string   `json:"solved"`
	Collaborated string   `json:"collaborated"`
	Idea         string   `json:"idea"`
	Next         string   `json:"next"`
	Rating       int      `json:"rating"` // 1–5, or Unrated
	Tags         []string `json:"tags"`
	Ask          string   `json:"ask,omitempty"` // "Ask me later": the recall card's question (export version 4 on)
}

// Unrated is the rating of a reflection that has none: one imported from a
// journal that does not rate its days (jrnl). Means leave it out; a
// reflection written in coach is always rated.
const Unrated = 0

// Review is the weekly review of one ISO week.
type Review struct {
	Week     string `json:"week"`
	WentWell string `json:"went_well"`
	Adjust   string `json:"adjust"`
	Focus    string `json:"focus"`
	Notes    string `json:"notes"`
}
