package importer

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"coach/domain"
)

// harsh keeps two text files in one directory ($HARSHPATH, by default
// ~/.config/harsh):
//
//	habits  "! Heading" lines, "#" comments, and "Name: frequency" or
//	        "Name: frequency: YYYY-MM-DD" (the habit's last day)
//	log     "YYYY-MM-DD : Name : y|n|s : comment : amount", one a line
//
// Headings become goals, habits become recurring tasks, and "y" lines
// become check-ins. harsh reads the log into a map, so that the last line
// of a habit and day is the one it shows; the import does the same.

// harshSource is the batch's Source and the prefix of every origin.
const harshSource = "harsh"

// ReadHarsh reads harsh's directory dir. A missing log is an empty log; a
// missing habits file is an error. A line that cannot be mapped is skipped
// and counted by reason, never an error for the whole file. o.Today must
// be set: it bounds the log's dates and says which end dates have passed.
func ReadHarsh(dir string, o Options) (domain.ImportBatch, error) {
	competency, err := o.check()
	if err != nil {
		return domain.ImportBatch{}, err
	}
	if info, err := os.Stat(dir); err != nil {
		return domain.ImportBatch{}, err
	} else if !info.IsDir() {
		return domain.ImportBatch{}, fmt.Errorf("%s is not a directory: give harsh's directory, the one that holds its habits and log files", dir)
	}
	habitsPath := filepath.Join(dir, "habits")
	habits, err := readFile(habitsPath)
	if errors.Is(err, fs.ErrNotExist) {
		return domain.ImportBatch{}, fmt.Errorf("%s not found: harsh keeps its habits in a file named habits in its directory", habitsPath)
	}
	if err != nil {
		return domain.ImportBatch{}, err
	}
	log, err := readFile(filepath.Join(dir, "log"))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return domain.ImportBatch{}, err
	}
	r := harshReader{
		batch:      domain.ImportBatch{Source: harshSource},
		competency: competency,
		today:      o.Today,
		goalIndex:  map[string]int{},
		byName:     map[string]int{},
		leftOut:    map[string]bool{},
		days:       map[harshDay]harshOutcome{},
	}
	r.readHabits(string(habits))
	r.readLog(string(log))
	r.emit()
	return r.batch, nil
}

// harshHabit is a habit line that mapped.
type harshHabit struct {
	name       string
	goal       string // origin of its heading's goal, "" for none
	repeat     string
	approx     string      // why the schedule is approximate, "" when exact
	end        domain.Date // its last day, 0 for none
	first      domain.Date // its earliest log line, 0 for none
	notCreated bool        // its task failed validation
}

// harshDay is a habit (its index) and a day of the log.
type harshDay struct {
	habit int
	date  domain.Date
}

// harshOutcome is what the log says of a habit on a day.
type harshOutcome struct {
	result, comment, amount string
}

type harshReader struct {
	batch      domain.ImportBatch
	competency string
	today      domain.Date
	goals      []domain.ImportedGoal
	goalIndex  map[string]int // goal origin → index in goals
	habits     []harshHabit
	byName     map[string]int  // habit name → index in habits
	leftOut    map[string]bool // names of habit lines that were skipped
	days       map[harshDay]harshOutcome
}

// harshName is a name as coach keeps it: valid UTF-8, trimmed. The habits
// file and the log are compared in this form.
func harshName(s string) string {
	return strings.TrimSpace(strings.ToValidUTF8(s, "\uFFFD"))
}

func (r *harshReader) readHabits(text string) {
	goal := ""
	for raw := range strings.Lines(text) {
		line := strings.TrimSpace(raw)
		switch {
		case line == "" || line[0] == '#':
		case line[0] == '!':
			goal = r.heading(line[1:])
		default:
			r.habit(line, goal)
		}
	}
}

// heading maps a heading onto a goal and returns its origin, "" when the
// habits under it have no goal. A heading seen before is the same goal.
func (r *harshReader) heading(text string) string {
	title := harshName(text)
	if title == "" {
		r.batch.Skip("heading line without a title")
		return ""
	}
	origin := harshSource + ":heading:" + title
	if _, ok := r.goalIndex[origin]; ok {
		return origin
	}
	g, err := domain.CleanGoal(domain.Goal{Title: title, Competency: r.competency, Status: domain.StatusActive})
	if err != nil {
		r.batch.Skip(invalidReason("heading line", err))
		return ""
	}
	r.goalIndex[origin] = len(r.goals)
	r.goals = append(r.goals, domain.ImportedGoal{Origin: origin, Goal: g})
	return origin
}

// habit reads "Name: frequency" or "Name: frequency: end". The name may
// hold ": " itself (harsh forbids it, people write it anyway): the
// frequency is the last field, or the one before it when the last is not
// a frequency but the one before is, and then the last is the end date.
func (r *harshReader) habit(line, goal string) {
	if !strings.Contains(line, ": ") {
		r.batch.Skip(`habit line without ": "`)
		return
	}
	// a trailing space keeps "Name: 1:" (an empty end date whose space an
	// editor trimmed) from reading as the frequency "1:"
	fields := strings.Split(line+" ", ": ")
	n := len(fields)
	nameFields, freq, end := fields[:n-1], fields[n-1], ""
	if n >= 3 && !harshFrequencyValid(fields[n-1]) && harshFrequencyValid(fields[n-2]) {
		nameFields, freq, end = fields[:n-2], fields[n-2], fields[n-1]
	}
	name, err := domain.CleanTitle(harshName(strings.Join(nameFields, ": ")))
	if err != nil {
		r.batch.Skip(invalidReason("habit line", err))
		return
	}
	if _, dup := r.byName[name]; dup {
		r.batch.Skip("duplicate habit")
		return
	}
	repeat, approx, ok := harshSchedule(freq)
	if !ok {
		r.batch.Skip("habit line with an unknown frequency")
		r.leftOut[name] = true
		return
	}
	h := harshHabit{name: name, goal: goal, repeat: repeat, approx: approx}
	if end = strings.TrimSpace(end); end != "" {
		if h.end, err = domain.ParseISODate(end); err != nil {
			r.batch.Skip("habit line with a bad end date")
			r.leftOut[name] = true
			return
		}
	}
	delete(r.leftOut, name)
	r.byName[name] = len(r.habits)
	r.habits = append(r.habits, h)
}

// harshFrequencyValid reports whether s is a frequency harsh reads.
func harshFrequencyValid(s string) bool {
	_, _, ok := harshSchedule(s)
	return ok
}

// harshSchedule maps a harsh frequency onto a coach repeat rule. approx
// says how the rule differs from harsh's, "" when it is the same; ok is
// false for a frequency harsh refuses.
//
// harsh counts in days, with "w" for seven: N is once in N days, T/I is T
// times in I days (a rolling window), 0 is tracked but never due. coach
// has daily and N a calendar week, so the rest become the nearest N/week.
func harshSchedule(freq string) (repeat, approx string, ok bool) {
	freq = strings.TrimSpace(freq)
	target, interval := 1, 0
	if before, after, slash := strings.Cut(freq, "/"); slash {
		t, ok1 := harshDays(before)
		i, ok2 := harshDays(after)
		if !ok1 || !ok2 || i == 0 || t > i {
			return "", "", false
		}
		target, interval = t, i
	} else {
		n, ok := harshDays(freq)
		if !ok {
			return "", "", false
		}
		interval = n
	}
	switch {
	case interval == 0 || target == 0:
		return "1/week", "tracked-only habit became 1/week", true
	case target == interval:
		return "daily", "", true
	case interval == 7:
		return fmt.Sprintf("%d/week", target), "", true
	}
	k := min(max(int(math.Round(float64(target)*7/float64(interval))), 1), 7)
	repeat = fmt.Sprintf("%d/week", k)
	if k == 7 {
		repeat = "daily"
	}
	switch {
	case strings.Contains(freq, "/"):
		approx = fmt.Sprintf("%d times in %d days became %s", target, interval, repeat)
	case strings.HasSuffix(freq, "w"):
		approx = fmt.Sprintf("every %d weeks became %s", interval/7, repeat)
	default:
		approx = fmt.Sprintf("every %d days became %s", interval, repeat)
	}
	return repeat, approx, true
}

// harshDays reads a count of days: digits, or digits and "w" for weeks.
// Counts of nine digits and more are refused, which keeps the arithmetic
// far from overflow (a hundred million days is 270,000 years).
func harshDays(s string) (int, bool) {
	s = strings.TrimSpace(s)
	digits, weeks := strings.CutSuffix(s, "w")
	if digits == "" || len(digits) > 8 || strings.Trim(digits, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.Atoi(digits)
	if err != nil {
		return 0, false
	}
	if weeks {
		n *= 7
	}
	return n, true
}

func (r *harshReader) readLog(text string) {
	for raw := range strings.Lines(text) {
		line := strings.TrimRight(raw, " \t\r\n")
		if trimmed := strings.TrimSpace(line); trimmed == "" || trimmed[0] == '#' {
			continue
		}
		// harsh writes "… : y :  : " when there is no comment and no
		// amount; the trailing space puts back what an editor trimmed
		fields := strings.Split(line+" ", " : ")
		switch {
		case len(fields) < 3:
			r.batch.Skip("log line with fewer than 3 fields")
			continue
		case len(fields) > 5:
			r.batch.Skip("log line with more than 5 fields")
			continue
		}
		date, err := domain.ParseISODate(strings.TrimSpace(fields[0]))
		if err != nil || date > r.today {
			r.batch.Skip("bad date")
			continue
		}
		name := harshName(fields[1])
		h, known := r.byName[name]
		if !known {
			if r.leftOut[name] {
				r.batch.Skip("log line of a habit left out")
			} else {
				r.batch.Skip("log line of a habit not in habits")
			}
			continue
		}
		out := harshOutcome{result: strings.TrimSpace(fields[2])}
		if out.result != "y" && out.result != "n" && out.result != "s" {
			r.batch.Skip("log line with a result other than y, n or s")
			continue
		}
		if len(fields) > 3 {
			out.comment = fields[3]
		}
		if len(fields) > 4 {
			out.amount = fields[4]
		}
		key := harshDay{h, date}
		if _, seen := r.days[key]; seen {
			r.batch.Skip("repeated log line") // the last line of the day wins, as in harsh
		}
		r.days[key] = out
		if first := &r.habits[h].first; first.IsZero() || date < *first {
			*first = date
		}
	}
}

// emit puts the habits, their goals and their check-ins into the batch.
func (r *harshReader) emit() {
	for i := range r.habits {
		h := &r.habits[i]
		task, err := domain.CleanTask(r.task(*h))
		if err != nil {
			r.batch.Skip(invalidReason("habit line", err))
			h.notCreated = true
			continue
		}
		if h.approx != "" {
			r.batch.Approximate(h.approx)
		}
		if !h.end.IsZero() && !task.Archived {
			r.batch.Approximate("end date not reached yet: habit kept active")
		}
		if h.goal != "" {
			g := &r.goals[r.goalIndex[h.goal]].Goal
			if g.Created.IsZero() || task.Created.Before(g.Created) {
				g.Created = task.Created
			}
		}
		r.batch.Tasks = append(r.batch.Tasks, domain.ImportedTask{
			Origin:     harshSource + ":habit:" + h.name,
			GoalOrigin: h.goal,
			Task:       task,
		})
	}
	for i := range r.goals {
		if g := &r.goals[i].Goal; g.Created.IsZero() {
			g.Created = r.today.Time()
		}
	}
	r.batch.Goals = r.goals

	keys := make([]harshDay, 0, len(r.days))
	for k := range r.days {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b harshDay) int {
		if a.habit != b.habit {
			return a.habit - b.habit
		}
		return int(a.date - b.date)
	})
	for _, k := range keys {
		r.checkIn(k, r.days[k])
	}
}

// task is the recurring task of a habit: created on its first log day (or
// today), and archived when its end date has passed. harsh's end date is
// the habit's last day; coach's ArchivedOn is the first day without it.
func (r *harshReader) task(h harshHabit) domain.Task {
	created := h.first
	if created.IsZero() {
		created = r.today
	}
	t := domain.Task{
		Title:      h.name,
		Competency: r.competency,
		Repeat:     h.repeat,
		Created:    created.Time(),
	}
	if !h.end.IsZero() && h.end < r.today {
		t.Archived, t.ArchivedOn = true, h.end+1
	}
	return t
}

// checkIn maps one day of a habit's log: "y" is a check-in, with the
// comment as note and an amount added to it; "n" and "s" are not.
func (r *harshReader) checkIn(k harshDay, out harshOutcome) {
	h := r.habits[k.habit]
	if h.notCreated {
		r.batch.Skip("log line of a habit left out")
		return
	}
	switch out.result {
	case "n":
		r.batch.Skip("n (not done)")
		return
	case "s":
		r.batch.Skip("s (skipped)")
		return
	}
	note := strings.TrimSpace(out.comment)
	amount, unreadable := harshAmount(out.amount)
	if amount != "" {
		note = strings.TrimSpace(note + " (amount " + amount + ")")
	}
	c, err := domain.CleanCheckIn(domain.CheckIn{Date: k.date, Note: note})
	if err != nil {
		r.batch.Skip(invalidReason("log line", err))
		return
	}
	if amount != "" {
		r.batch.Approximate("amount kept in the note")
	}
	if unreadable {
		r.batch.Approximate("amount that is not a number left out")
	}
	r.batch.CheckIns = append(r.batch.CheckIns, domain.ImportedCheckIn{
		TaskOrigin: harshSource + ":habit:" + h.name,
		CheckIn:    c,
	})
}

// harshAmount formats a log line's amount, "" for none: harsh writes an
// empty amount, or 0, when there is none. unreadable is an amount that is
// not a finite number.
func harshAmount(s string) (amount string, unreadable bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return "", true
	}
	if v == 0 {
		return "", false
	}
	return strconv.FormatFloat(v, 'f', -1, 64), false
}

// invalidReason is the summary line of a record that failed validation: one
// reason per rule, without the value, so that like failures count together.
func invalidReason(kind string, err error) string {
	var p *domain.Problem
	if errors.As(err, &p) {
		switch p.Rule {
		case domain.TitleEmpty:
			return kind + " with an empty name"
		case domain.TooLong:
			field := p.Field
			if field == "title" {
				field = "name"
			}
			return fmt.Sprintf("%s with a %s over %d characters", kind, field, p.Limit)
		case domain.TitleOneLine:
			return kind + " with a name of more than one line"
		}
	}
	return kind + ": " + err.Error()
}
