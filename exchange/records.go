package exchange

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"coach/domain"
)

// The wire records: the export's fields as they are in the file, with dates
// and times as strings so that an error can name the field.
type (
	goalJSON struct {
		ID         uint64    `json:"id"`
		GID        string    `json:"gid"` // version 3 on
		Title      string    `json:"title"`
		Competency string    `json:"competency"`
		Why        string    `json:"why"`
		Target     string    `json:"target"`
		Measure    *struct { // version 2 on
			Kind   string `json:"kind"`
			Target int    `json:"target"`
			Unit   string `json:"unit"`
			Amount int    `json:"amount"`
		} `json:"measure"`
		Resources []string `json:"resources"`
		Status    string   `json:"status"`
		Created   string   `json:"created"`
	}
	taskJSON struct {
		ID         uint64 `json:"id"`
		GID        string `json:"gid"` // version 3 on
		Title      string `json:"title"`
		GoalID     uint64 `json:"goal_id"`
		Competency string `json:"competency"`
		Repeat     string `json:"repeat"`
		Due        string `json:"due"`
		Minutes    int    `json:"minutes"`
		Notes      string `json:"notes"`
		Archived   bool   `json:"archived"`
		ArchivedOn string `json:"archived_on"`
		Created    string `json:"created"`
	}
	checkInJSON struct {
		TaskID  uint64 `json:"task_id"`
		Date    string `json:"date"`
		Minutes int    `json:"minutes"`
		Note    string `json:"note"`
	}
	reflectionJSON struct {
		Date         string   `json:"date"`
		Learned      string   `json:"learned"`
		Solved       string   `json:"solved"`
		Collaborated string   `json:"collaborated"`
		Idea         string   `json:"idea"`
		Next         string   `json:"next"`
		Rating       int      `json:"rating"`
		Tags         []string `json:"tags"`
		Ask          string   `json:"ask"` // version 4 on
	}
	recallJSON struct {
		Card  string `json:"card"`
		Day   string `json:"day"`
		Grade string `json:"grade"`
	}
)

// fieldCheck gathers the first error of a record's field checks.
type fieldCheck struct {
	path string
	err  error
}

// gid checks a global id; none (an older export) is fine: the store
// gives one.
func (c *fieldCheck) gid(s string) {
	if c.err == nil && s != "" && !domain.ValidGID(s) {
		c.err = fmt.Errorf("%s.gid: %s is not a global id (%d lower-case hex digits)", c.path, quote(s), domain.GIDLength)
	}
}

func (c *fieldCheck) date(field, s string) domain.Date {
	if c.err != nil || s == "" {
		return 0
	}
	d, err := domain.ParseISODate(s)
	if err != nil {
		c.err = fmt.Errorf("%s.%s: invalid date %s: want YYYY-MM-DD (a real calendar day)", c.path, field, quote(s))
	}
	return d
}

func (c *fieldCheck) time(field, s string) time.Time {
	if c.err != nil {
		return time.Time{}
	}
	t, err := parseTime(c.path+"."+field, s)
	c.err = err
	return t
}

// text checks a free-text field against its limit, by domain's rule.
func (c *fieldCheck) text(field, s string, limit int) {
	if c.err != nil || len(s) <= limit { // no more characters than bytes
		return
	}
	c.err = domain.CheckLength(c.path+"."+field, s, limit)
}

// word checks a field that holds one of a few short values (a competency, a
// status, a week); CleanDataset checks the value itself.
func (c *fieldCheck) word(field, s string) {
	const limit = 64
	if c.err != nil || len(s) <= limit {
		return
	}
	if len(strings.TrimSpace(s)) > limit {
		c.err = fmt.Errorf("%s.%s: %s is not a valid %s", c.path, field, quote(s), field)
	}
}

func parseTime(field, s string) (time.Time, error) {
	var t time.Time
	if s == "" {
		return t, nil
	}
	if err := t.UnmarshalText([]byte(s)); err != nil {
		return t, fmt.Errorf("%s: invalid time %s: want RFC 3339, like 2026-11-01T08:00:00Z", field, quote(s))
	}
	// A time the export could not write back: JSON times have four-digit
	// years in UTC.
	if y := t.UTC().Year(); y < 0 || y > 9999 {
		return t, fmt.Errorf("%s: time %s is out of range: its year in UTC must be 0000 to 9999", field, quote(s))
	}
	return t, nil
}

func convGoal(path string, w *goalJSON) (domain.Goal, error) {
	c := fieldCheck{path: path}
	c.text("title", w.Title, domain.MaxTitle)
	c.word("competency", w.Competency)
	c.text("why", w.Why, domain.MaxNote)
	if c.err == nil && len(w.Resources) > domain.MaxResource {
		c.err = fmt.Errorf("%s.resources: %w", path, &domain.Problem{Rule: domain.TooManyResources, Got: len(w.Resources), Limit: domain.MaxResource})
	}
	for i, r := range w.Resources {
		c.text("resources["+strconv.Itoa(i)+"]", r, domain.MaxNote)
	}
	c.word("status", w.Status)
	c.gid(w.GID)
	g := domain.Goal{ID: w.ID, GID: w.GID, Title: w.Title, Competency: w.Competency, Why: w.Why, Resources: w.Resources, Status: w.Status}
	g.Target = c.date("target", w.Target)
	if m := w.Measure; m != nil {
		c.word("measure.kind", m.Kind)
		c.text("measure.unit", m.Unit, domain.MaxUnit)
		g.Measure = domain.Measure{Kind: m.Kind, Target: m.Target, Unit: m.Unit, Amount: m.Amount}
	}
	g.Created = c.time("created", w.Created)
	return g, c.err
}

func convTask(path string, w *taskJSON) (domain.Task, error) {
	c := fieldCheck{path: path}
	c.text("title", w.Title, domain.MaxTitle)
	c.word("competency", w.Competency)
	c.text("notes", w.Notes, domain.MaxNote)
	c.gid(w.GID)
	t := domain.Task{ID: w.ID, GID: w.GID, Title: w.Title, GoalID: w.GoalID, Competency: w.Competency, Repeat: w.Repeat,
		Minutes: w.Minutes, Notes: w.Notes, Archived: w.Archived}
	t.Due = c.date("due", w.Due)
	t.ArchivedOn = c.date("archived_on", w.ArchivedOn)
	t.Created = c.time("created", w.Created)
	return t, c.err
}

func convCheckIn(path string, w *checkInJSON) (domain.CheckIn, error) {
	c := fieldCheck{path: path}
	c.text("note", w.Note, domain.MaxNote)
	ci := domain.CheckIn{TaskID: w.TaskID, Minutes: w.Minutes, Note: w.Note}
	ci.Date = c.date("date", w.Date)
	return ci, c.err
}

func convReflection(path string, w *reflectionJSON) (domain.Reflection, error) {
	c := fieldCheck{path: path}
	for _, f := range []struct{ name, v string }{{"learned", w.Learned}, {"solved", w.Solved},
		{"collaborated", w.Collaborated}, {"idea", w.Idea}, {"next", w.Next}} {
		c.text(f.name, f.v, domain.MaxText)
	}
	for i, t := range w.Tags {
		c.text("tags["+strconv.Itoa(i)+"]", t, domain.MaxTag)
	}
	c.text("ask", w.Ask, domain.MaxNote)
	r := domain.Reflection{Learned: w.Learned, Solved: w.Solved, Collaborated: w.Collaborated, Idea: w.Idea,
		Next: w.Next, Rating: w.Rating, Tags: w.Tags, Ask: w.Ask}
	r.Date = c.date("date", w.Date)
	return r, c.err
}

func convRecall(path string, w *recallJSON) (domain.RecallEntry, error) {
	c := fieldCheck{path: path}
	c.word("grade", w.Grade)
	e := domain.RecallEntry{Grade: w.Grade}
	e.Card = c.date("card", w.Card)
	e.Day = c.date("day", w.Day)
	return e, c.err
}

func convReview(path string, w *domain.Review) (domain.Review, error) {
	c := fieldCheck{path: path}
	c.word("week", w.Week)
	c.word("focus", w.Focus)
	for _, f := range []struct{ name, v string }{{"went_well", w.WentWell}, {"adjust", w.Adjust}, {"notes", w.Notes}} {
		c.text(f.name, f.v, domain.MaxText)
	}
	return *w, c.err
}
