package importer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"coach/domain"
)

// twRecord is the part of a `task export` object the mapping reads. Other
// fields (id, urgency, modified, wait, mask, until, …) are ignored:
// urgency is Taskwarrior's own computation, the rest has no place in coach.
type twRecord struct {
	UUID        string   `json:"uuid"`
	Description string   `json:"description"`
	Status      string   `json:"status"`
	Entry       string   `json:"entry"`
	End         string   `json:"end"`
	Due         string   `json:"due"`
	Project     string   `json:"project"`
	Tags        []string `json:"tags"`
	Annotations []struct {
		Description string `json:"description"`
	} `json:"annotations"`
	Recur    string `json:"recur"`
	Parent   string `json:"parent"`
	Priority string `json:"priority"`
}

// twSchedules are the recurrences coach has a schedule for, by
// Taskwarrior's period names (lower case). Any other period is skipped
// rather than approximated: a monthly chore is not a weekly habit.
var twSchedules = map[string]string{
	"daily": "daily", "day": "daily", "1d": "daily", "1day": "daily", "p1d": "daily",
	"weekdays": "weekdays",
	"weekly":   "1/week", "week": "1/week", "1w": "1/week", "1wk": "1/week", "1week": "1/week",
	"7d": "1/week", "7days": "1/week", "p1w": "1/week", "p7d": "1/week",
}

// Reasons a Taskwarrior record is left out or mapped approximately.
const (
	twDeleted      = "deleted task"
	twInstance     = "instance of a recurring task"
	twNoUUID       = "task without a uuid"
	twBadUUID      = "task with a malformed uuid"
	twDupUUID      = "duplicate uuid"
	twNoTitle      = "task without a description"
	twUnreadable   = "task with a field of the wrong type"
	twOutOfRange   = "date outside 1900–9999"
	twNoEnd        = "completed task without an end time"
	twNoParent     = "completion of a recurring task missing from the file"
	twParentGone   = "completion of a recurring task coach did not import"
	twSameDay      = "second completion on the same day"
	twTitleClipped = "title clipped"
	twNotesClipped = "notes clipped"
	twPriority     = "priority not kept"
	twProjectLost  = "project not kept: its name is not a goal title"
)

// ReadTaskwarrior reads the JSON `task export` writes, an array of task
// objects, and maps it onto coach's records: pending and waiting tasks
// become one-off tasks, completed ones one-off tasks with their check-in,
// recurring templates with a daily, weekday or weekly period habits whose
// completed instances are their check-ins, and projects goals. Times are
// UTC; their day is the local one. A record that cannot be mapped is
// skipped and counted with its reason; only a file that is not an array of
// objects is an error.
func ReadTaskwarrior(path string, o Options) (domain.ImportBatch, error) {
	return readTaskwarrior(path, o, time.Local)
}

// readTaskwarrior is ReadTaskwarrior in the time zone loc, for tests.
func readTaskwarrior(path string, o Options, loc *time.Location) (domain.ImportBatch, error) {
	competency, err := o.competency()
	if err != nil {
		return domain.ImportBatch{}, err
	}
	data, err := readFile(path)
	if err != nil {
		return domain.ImportBatch{}, err
	}
	raws, err := twObjects(data)
	if err != nil {
		return domain.ImportBatch{}, fmt.Errorf("%s is not a Taskwarrior export (a JSON array of tasks): %w", path, err)
	}
	m := twMapper{
		today: o.Today, competency: competency, loc: loc,
		batch:  domain.ImportBatch{Source: "taskwarrior"},
		uuids:  map[string]bool{},
		goals:  map[string]bool{},
		habits: map[string]bool{},
	}
	for _, raw := range raws {
		var r twRecord
		if err := json.Unmarshal(raw, &r); err != nil {
			m.batch.Skip(twUnreadable)
			continue
		}
		m.add(r)
	}
	m.resolveCompletions()
	return m.batch, nil
}

// twObjects splits the document into its objects: anything but an array
// of objects is refused whole.
func twObjects(data []byte) ([]json.RawMessage, error) {
	if !bytes.HasPrefix(bytes.TrimLeft(data, " \t\r\n"), []byte("[")) {
		return nil, fmt.Errorf("it does not start with [")
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(data, &raws); err != nil {
		return nil, err
	}
	for i, raw := range raws {
		if !bytes.HasPrefix(raw, []byte("{")) {
			return nil, fmt.Errorf("item %d is not an object", i+1)
		}
	}
	return raws, nil
}

// twMapper maps records one at a time, in the file's order.
type twMapper struct {
	today      domain.Date
	competency string
	loc        *time.Location
	batch      domain.ImportBatch
	uuids      map[string]bool // every uuid seen, kept or not
	goals      map[string]bool // goal origins in the batch
	habits     map[string]bool // uuids of templates kept as habits
	// completions are the check-ins in the file's order; those of a
	// recurring task's instance wait for the end of the file, where its
	// template may appear.
	completions []twCompletion
}

type twCompletion struct {
	parent  string // the template's uuid, for an instance's check-in
	checkIn domain.ImportedCheckIn
}

// add maps one record or counts why it cannot.
func (m *twMapper) add(r twRecord) {
	uuid, reason := twUUID(r.UUID, twNoUUID)
	if reason != "" {
		m.batch.Skip(reason)
		return
	}
	if m.uuids[uuid] {
		m.batch.Skip(twDupUUID)
		return
	}
	m.uuids[uuid] = true
	status := strings.ToLower(strings.TrimSpace(r.Status))
	switch {
	case status == "deleted":
		m.batch.Skip(twDeleted)
	case strings.TrimSpace(r.Parent) != "" && status == "completed":
		m.skipUnless(m.addCompletion(r))
	case strings.TrimSpace(r.Parent) != "":
		m.batch.Skip(twInstance)
	case status == "recurring":
		m.skipUnless(m.addHabit(uuid, r))
	case status == "pending" || status == "waiting" || status == "completed":
		m.skipUnless(m.addOneOff(uuid, status, r))
	default:
		m.batch.Skip("unknown status: " + reasonValue(r.Status))
	}
}

func (m *twMapper) skipUnless(reason string) {
	if reason != "" {
		m.batch.Skip(reason)
	}
}

// addCompletion keeps a completed instance of a recurring task as a
// check-in of its template's habit on the day it was done.
func (m *twMapper) addCompletion(r twRecord) string {
	parent, reason := twUUID(r.Parent, twBadUUID)
	if reason != "" {
		return reason
	}
	day, reason := m.day("end", r.End)
	if reason != "" {
		return reason
	}
	if day.IsZero() {
		return twNoEnd
	}
	var notes []string
	for _, a := range r.Annotations {
		notes = append(notes, a.Description)
	}
	note, clipped := clipText(strings.Join(nonBlank(notes), "\n"), domain.MaxNote)
	c, err := domain.CleanCheckIn(domain.CheckIn{Date: day, Note: note})
	if err != nil {
		return "invalid check-in: " + err.Error()
	}
	if clipped {
		m.batch.Approximate(twNotesClipped)
	}
	m.completions = append(m.completions, twCompletion{parent: parent, checkIn: domain.ImportedCheckIn{TaskOrigin: "taskwarrior:" + parent, CheckIn: c}})
	return ""
}

// addHabit keeps a recurring template with a period coach has a schedule
// for as a habit.
func (m *twMapper) addHabit(uuid string, r twRecord) string {
	repeat, ok := twSchedules[strings.ToLower(strings.TrimSpace(r.Recur))]
	if !ok {
		return "recurrence coach has no schedule for: " + reasonValue(r.Recur)
	}
	if reason := m.addTask(uuid, repeat, 0, r); reason != "" {
		return reason
	}
	m.habits[uuid] = true
	return ""
}

// addOneOff keeps a pending, waiting or completed task as a one-off task
// due on its due day (else today, or for a completed one the day it was
// done); a completed one gets its check-in that day.
func (m *twMapper) addOneOff(uuid, status string, r twRecord) string {
	due, reason := m.day("due", r.Due)
	if reason != "" {
		return reason
	}
	var end domain.Date
	if status == "completed" {
		if end, reason = m.day("end", r.End); reason != "" {
			return reason
		}
		if end.IsZero() {
			return twNoEnd
		}
	}
	if due.IsZero() {
		due = m.today
		if status == "completed" {
			due = end
		}
	}
	var done domain.CheckIn
	if !end.IsZero() {
		var err error
		if done, err = domain.CleanCheckIn(domain.CheckIn{Date: end}); err != nil {
			return "invalid check-in: " + err.Error()
		}
	}
	if reason := m.addTask(uuid, "once", due, r); reason != "" {
		return reason
	}
	if !end.IsZero() {
		m.completions = append(m.completions, twCompletion{checkIn: domain.ImportedCheckIn{TaskOrigin: "taskwarrior:" + uuid, CheckIn: done}})
	}
	return ""
}

// addTask adds the task (and its project's goal, the first time) or says
// why it cannot. Approximations are counted only for what is added.
func (m *twMapper) addTask(uuid, repeat string, due domain.Date, r twRecord) string {
	created, reason := m.time("entry", r.Entry)
	if reason != "" {
		return reason
	}
	title, rest := twTitle(r.Description)
	if title == "" {
		return twNoTitle
	}
	title, titleClipped := clipText(title, domain.MaxTitle)
	notes, notesClipped := clipText(twNotes(r, rest), domain.MaxNote)
	t, err := domain.CleanTask(domain.Task{
		Title: title, Competency: m.competency, Repeat: repeat, Due: due,
		Notes: notes, Created: created,
	})
	if err != nil {
		return "invalid task: " + err.Error()
	}
	var approx []string
	if titleClipped {
		approx = append(approx, twTitleClipped)
	}
	if notesClipped {
		approx = append(approx, twNotesClipped)
	}
	if strings.TrimSpace(r.Priority) != "" {
		approx = append(approx, twPriority)
	}
	goalOrigin := ""
	if project := strings.TrimSpace(r.Project); project != "" {
		origin := "taskwarrior:project:" + project
		if g, err := domain.CleanGoal(domain.Goal{Title: project, Competency: m.competency, Created: created}); err != nil {
			approx = append(approx, twProjectLost)
		} else {
			goalOrigin = origin
			if !m.goals[origin] {
				m.goals[origin] = true
				m.batch.Goals = append(m.batch.Goals, domain.ImportedGoal{Origin: origin, Goal: g})
			}
		}
	}
	for _, a := range approx {
		m.batch.Approximate(a)
	}
	m.batch.Tasks = append(m.batch.Tasks, domain.ImportedTask{Origin: "taskwarrior:" + uuid, GoalOrigin: goalOrigin, Task: t})
	return ""
}

// resolveCompletions puts the check-ins into the batch in the file's
// order, once every template is known: an instance whose template was not
// kept is skipped, and so is a second completion of a habit on one day
// (coach keeps one check-in a day).
func (m *twMapper) resolveCompletions() {
	type key struct {
		origin string
		day    domain.Date
	}
	seen := map[key]bool{}
	for _, c := range m.completions {
		switch {
		case c.parent != "" && !m.uuids[c.parent]:
			m.batch.Skip(twNoParent)
		case c.parent != "" && !m.habits[c.parent]:
			m.batch.Skip(twParentGone)
		case seen[key{c.checkIn.TaskOrigin, c.checkIn.CheckIn.Date}]:
			m.batch.Skip(twSameDay)
		default:
			seen[key{c.checkIn.TaskOrigin, c.checkIn.CheckIn.Date}] = true
			m.batch.CheckIns = append(m.batch.CheckIns, c.checkIn)
		}
	}
	m.completions = nil
}

// time reads a Taskwarrior time; "" is no time. The reason says what is
// wrong with a bad one.
func (m *twMapper) time(field, s string) (time.Time, string) {
	if s == "" {
		return time.Time{}, ""
	}
	t, ok := parseTWTime(s)
	if !ok {
		return time.Time{}, "bad " + field + " time"
	}
	if !domain.DateOf(t).InRange() || !domain.DateOf(t.In(m.loc)).InRange() {
		return time.Time{}, twOutOfRange
	}
	return t, ""
}

// day is the local day of a Taskwarrior time; zero for none.
func (m *twMapper) day(field, s string) (domain.Date, string) {
	t, reason := m.time(field, s)
	if reason != "" || t.IsZero() {
		return 0, reason
	}
	return domain.DateOf(t.In(m.loc)), ""
}

// parseTWTime reads exactly YYYYMMDDTHHMMSSZ, a real UTC time: no other
// length, no sign, no leap second, no 31 November.
func parseTWTime(s string) (time.Time, bool) {
	if len(s) != 16 || s[8] != 'T' || s[15] != 'Z' {
		return time.Time{}, false
	}
	num := func(i, j int) int {
		n := 0
		for _, c := range []byte(s[i:j]) {
			if c < '0' || c > '9' {
				return -1
			}
			n = n*10 + int(c-'0')
		}
		return n
	}
	y, mo, d := num(0, 4), num(4, 6), num(6, 8)
	h, mi, sec := num(9, 11), num(11, 13), num(13, 15)
	if y < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(mo), d, h, mi, sec, 0, time.UTC)
	if t.Day() != d { // the day does not exist in that month
		return time.Time{}, false
	}
	return t, true
}

// twUUID normalises a uuid (8-4-4-4-12 hex digits, lower case); the reason
// says why it cannot be one, missing when blank.
func twUUID(s, missing string) (string, string) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return "", missing
	}
	if len(s) != 36 {
		return "", twBadUUID
	}
	for i, c := range []byte(s) {
		dash := i == 8 || i == 13 || i == 18 || i == 23
		if dash != (c == '-') || !dash && !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return "", twBadUUID
		}
	}
	return s, ""
}

// twTitle splits a description into its first non-blank line, the title,
// and the rest, which goes into the notes rather than being lost.
func twTitle(desc string) (title, rest string) {
	desc = strings.ReplaceAll(strings.ReplaceAll(desc, "\r\n", "\n"), "\r", "\n")
	lines := strings.Split(desc, "\n")
	for i, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			return l, strings.TrimSpace(strings.Join(lines[i+1:], "\n"))
		}
	}
	return "", ""
}

// twNotes is a task's notes: its tags as "#tag #tag", then the rest of its
// description, then each annotation on its own line.
func twNotes(r twRecord, rest string) string {
	var tags []string
	for _, t := range r.Tags {
		if t = strings.TrimSpace(t); t != "" {
			tags = append(tags, "#"+t)
		}
	}
	parts := []string{strings.Join(tags, " "), rest}
	for _, a := range r.Annotations {
		parts = append(parts, a.Description)
	}
	return strings.Join(nonBlank(parts), "\n")
}

// paragraphs joins the texts that are not blank, trimmed, a blank line
// between them.
func paragraphs(texts ...string) string {
	return strings.Join(nonBlank(texts), "\n\n")
}

// nonBlank trims each text and leaves out the empty ones.
func nonBlank(in []string) []string {
	var out []string
	for _, s := range in {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// clipText trims s and cuts it to at most limit characters, as
// domain.Clean* counts them; clipped says whether anything was cut.
func clipText(s string, limit int) (string, bool) {
	s = strings.TrimSpace(strings.ToValidUTF8(s, "\uFFFD"))
	if utf8.RuneCountInString(s) <= limit {
		return s, false
	}
	n := 0
	for i := range s {
		if n == limit {
			return strings.TrimSpace(s[:i]), true
		}
		n++
	}
	return s, false
}

// reasonValue is a value from the file as a summary line can quote it:
// one line, short.
func reasonValue(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, strings.TrimSpace(s))
	if s == "" {
		return "(none)"
	}
	if c, clipped := clipText(s, 40); clipped {
		return c + "…"
	}
	return s
}
