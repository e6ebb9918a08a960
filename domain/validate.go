package domain

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Input limits, in characters.
const (
	MaxTitle    = 200
	MaxNote     = 4000  // task notes, a goal's why, check-in notes, a resource line
	MaxText     = 20000 // one reflection or review field
	MaxTags     = 20
	MaxTag      = 40
	MaxMinutes  = 24 * 60
	MaxResource = 50
)

// cleanText makes s valid UTF-8, trims it and checks its length.
func cleanText(field, s string, limit int) (string, error) {
	s = strings.TrimSpace(strings.ToValidUTF8(s, "\uFFFD"))
	if n := utf8.RuneCountInString(s); n > limit {
		return "", &Problem{Rule: TooLong, Field: field, Got: n, Limit: limit}
	}
	return s, nil
}

// CheckLength applies a free-text field's length limit as the Clean
// functions do, for a reader that checks a record before building it.
func CheckLength(field, s string, limit int) error {
	_, err := cleanText(field, s, limit)
	return err
}

// CleanTitle trims a title and rejects an empty or over-long one.
func CleanTitle(s string) (string, error) {
	t, err := cleanText("title", s, MaxTitle)
	if err != nil {
		return "", err
	}
	if t == "" {
		return "", &Problem{Rule: TitleEmpty}
	}
	if strings.ContainsAny(t, "\n\r") {
		return "", &Problem{Rule: TitleOneLine}
	}
	return t, nil
}

// CheckMinutes rejects negative or impossible minutes.
func CheckMinutes(n int) error {
	if n < 0 {
		return &Problem{Rule: MinutesNegative, Got: n}
	}
	if n > MaxMinutes {
		return &Problem{Rule: MinutesTooMany, Got: n, Limit: MaxMinutes}
	}
	return nil
}

// CheckRating rejects a rating outside 1–5.
func CheckRating(n int) error {
	if n < 1 || n > 5 {
		return &Problem{Rule: RatingRange, Got: n}
	}
	return nil
}

// CleanGoal normalises a goal and checks every field.
func CleanGoal(g Goal) (Goal, error) {
	var err error
	if err = checkGID(g.GID); err != nil {
		return g, err
	}
	if g.Title, err = CleanTitle(g.Title); err != nil {
		return g, err
	}
	if g.Competency, err = ParseCompetency(g.Competency); err != nil {
		return g, err
	}
	if g.Why, err = cleanText("why", g.Why, MaxNote); err != nil {
		return g, err
	}
	if len(g.Resources) > MaxResource {
		return g, &Problem{Rule: TooManyResources, Got: len(g.Resources), Limit: MaxResource}
	}
	res := g.Resources[:0:0]
	for _, r := range g.Resources {
		if r, err = cleanText("resource", r, MaxNote); err != nil {
			return g, err
		}
		if r != "" {
			res = append(res, r)
		}
	}
	g.Resources = res
	if err := checkDates(g.Target); err != nil {
		return g, err
	}
	if g.Measure, err = CleanMeasure(g.Measure); err != nil {
		return g, err
	}
	switch g.Status {
	case "":
		g.Status = StatusActive
	case StatusActive, StatusDone, StatusArchived:
	default:
		return g, fmt.Errorf("unknown goal status %q: want active, done or archived", g.Status)
	}
	return g, nil
}

// CleanTask normalises a task and checks every field. A once task needs a due
// date; a recurring one has none.
func CleanTask(t Task) (Task, error) {
	var err error
	if err = checkGID(t.GID); err != nil {
		return t, err
	}
	if t.Title, err = CleanTitle(t.Title); err != nil {
		return t, err
	}
	if t.Competency, err = ParseCompetency(t.Competency); err != nil {
		return t, err
	}
	r, err := ParseRepeat(t.Repeat)
	if err != nil {
		return t, err
	}
	t.Repeat = r.String()
	if r.Recurring() {
		t.Due = 0
	} else if t.Due.IsZero() {
		return t, &Problem{Rule: OnceNeedsDue}
	}
	if err = CheckMinutes(t.Minutes); err != nil {
		return t, err
	}
	if t.Notes, err = cleanText("notes", t.Notes, MaxNote); err != nil {
		return t, err
	}
	if !t.Archived {
		t.ArchivedOn = 0
	}
	return t, checkDates(t.Due, t.ArchivedOn)
}

// checkDates refuses a set date outside the dates coach keeps; a zero one
// means "no date".
func checkDates(ds ...Date) error {
	for _, d := range ds {
		if !d.IsZero() {
			if err := CheckDate(d); err != nil {
				return err
			}
		}
	}
	return nil
}

// CleanCheckIn checks a check-in's fields.
func CleanCheckIn(c CheckIn) (CheckIn, error) {
	var err error
	if c.Date.IsZero() {
		return c, fmt.Errorf("check-in of task %d has no date", c.TaskID)
	}
	if err = CheckDate(c.Date); err != nil {
		return c, err
	}
	if err = CheckMinutes(c.Minutes); err != nil {
		return c, err
	}
	c.Note, err = cleanText("note", c.Note, MaxNote)
	return c, err
}

// CleanReflection normalises a reflection and checks every field.
func CleanReflection(r Reflection) (Reflection, error) {
	if r.Date.IsZero() {
		return r, fmt.Errorf("reflection has no date")
	}
	if err := CheckDate(r.Date); err != nil {
		return r, err
	}
	if r.Rating != Unrated {
		if err := CheckRating(r.Rating); err != nil {
			return r, err
		}
	}
	for _, f := range []struct {
		name string
		v    *string
	}{{"learned", &r.Learned}, {"solved", &r.Solved}, {"collaborated", &r.Collaborated}, {"idea", &r.Idea}, {"next", &r.Next}} {
		s, err := cleanText(f.name, *f.v, MaxText)
		if err != nil {
			return r, err
		}
		*f.v = s
	}
	ask, err := cleanText("ask", r.Ask, MaxNote)
	if err != nil {
		return r, err
	}
	r.Ask = ask
	tags, err := cleanTags(r.Tags)
	r.Tags = tags
	return r, err
}

// SplitTags reads a line of tags as people type them: separated by commas
// (Chinese ones too, and 、) or white space.
func SplitTags(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == '，' || r == '、' || unicode.IsSpace(r)
	})
}

func cleanTags(in []string) ([]string, error) {
	out := []string{}
	seen := map[string]bool{}
	for _, t := range in {
		// A tag shows as #go: typed with its # it is the same tag.
		t, err := cleanText("tag", strings.TrimLeft(strings.TrimSpace(strings.ToLower(t)), "#"), MaxTag)
		if err != nil {
			return nil, err
		}
		if strings.ContainsAny(t, " \t\n,") {
			return nil, &Problem{Rule: TagOneWord, Value: t}
		}
		if t != "" && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	if len(out) > MaxTags {
		return nil, &Problem{Rule: TooManyTags, Got: len(out), Limit: MaxTags}
	}
	return out, nil
}

// CleanReview normalises a weekly review and checks every field.
func CleanReview(r Review) (Review, error) {
	if _, err := ParseWeek(r.Week); err != nil {
		return r, err
	}
	if r.Focus != "" {
		c, err := ParseCompetency(r.Focus)
		if err != nil {
			return r, err
		}
		r.Focus = c
	}
	for _, f := range []struct {
		name string
		v    *string
	}{{"went well", &r.WentWell}, {"adjust", &r.Adjust}, {"notes", &r.Notes}} {
		s, err := cleanText(f.name, *f.v, MaxText)
		if err != nil {
			return r, err
		}
		*f.v = s
	}
	return r, nil
}

// checkGID refuses a global id of another form; none is fine (the store
// gives one).
func checkGID(gid string) error {
	if gid != "" && !ValidGID(gid) {
		return fmt.Errorf("gid %.40q is not a global id (%d hex digits)", gid, GIDLength)
	}
	return nil
}
