package exchange

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"coach/domain"
	"coach/sanitize"
)

// WriteCSV writes one row per check-in, joined with its task, for
// spreadsheets: date, task_id, task, competency, repeat, minutes, note.
// progress, when set, is told of each check-in written. Text is made safe to print (sanitize.Block: no escape
// sequences or control characters, line breaks kept inside the quoted
// cell) and safe to open in a spreadsheet (no formulas).
func WriteCSV(w io.Writer, ds domain.Dataset, progress Progress) error {
	tasks := map[uint64]domain.Task{}
	for _, t := range ds.Tasks {
		tasks[t.ID] = t
	}
	cw := csv.NewWriter(w)
	cw.Write([]string{"date", "task_id", "task", "competency", "repeat", "minutes", "note"})
	for i, c := range ds.CheckIns {
		t := tasks[c.TaskID]
		if err := cw.Write([]string{c.Date.String(), strconv.FormatUint(c.TaskID, 10), csvSafe(t.Title), sanitize.Line(t.Competency),
			sanitize.Line(t.Repeat), strconv.Itoa(c.Minutes), csvSafe(c.Note)}); err != nil {
			return err
		}
		if progress != nil {
			progress(i+1, len(ds.CheckIns))
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvSafe makes user text safe to print and keeps a spreadsheet from
// reading it as a formula.
func csvSafe(s string) string {
	s = sanitize.Block(s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// inline makes one-line user text safe for the markdown journal: nothing a
// terminal obeys, no line break, and no leading character that would make
// it a heading, a quote, a list, a fence or HTML.
func inline(s string) string {
	return escapeBlockStart(sanitize.Line(s))
}

// block is inline for multi-line text: each line is kept, but none can
// start a heading, a fence, HTML or a setext underline, which would break
// the journal's outline. Lists and quotes are the writer's own markdown
// and stay.
func block(s string) string {
	lines := strings.Split(sanitize.Block(s), "\n")
	for i, l := range lines {
		body := strings.TrimLeft(l, " ")
		if len(l)-len(body) > 3 {
			continue // indented code
		}
		indent := l[:len(l)-len(body)]
		switch {
		case strings.HasPrefix(body, "#"), strings.HasPrefix(body, "```"), strings.HasPrefix(body, "~~~"), strings.HasPrefix(body, "<"),
			body != "" && strings.Trim(body, "= ") == "", body != "" && strings.Trim(body, "- ") == "":
			lines[i] = indent + "\\" + body
		}
	}
	return strings.Join(lines, "\n")
}

// escapeBlockStart puts a backslash before a leading character that
// would start a markdown block.
func escapeBlockStart(s string) string {
	body := strings.TrimLeft(s, " ")
	if body == "" {
		return s
	}
	indent := s[:len(s)-len(body)]
	if strings.ContainsRune("#>-+*=`~|<_", rune(body[0])) {
		return indent + "\\" + body
	}
	// An ordered list: digits, then . or ).
	digits := len(body) - len(strings.TrimLeft(body, "0123456789"))
	if digits > 0 && digits < len(body) && (body[digits] == '.' || body[digits] == ')') {
		return indent + body[:digits] + "\\" + body[digits:]
	}
	return s
}

// WriteMarkdown writes the dataset as a readable journal: goals by
// competency with their tasks, then reflections and weekly reviews, newest
// first. progress, when set, is told of each goal, task, reflection and
// review written. User text is made safe to print and cannot break the journal's outline (see inline and block).
func WriteMarkdown(w io.Writer, ds domain.Dataset, progress Progress) error {
	p := &printer{w: w, progress: progress, total: len(ds.Goals) + len(ds.Tasks) + len(ds.Reflections) + len(ds.Reviews)}
	p.f("# coach journal\n")
	tasksOf := map[uint64][]domain.Task{}
	for _, t := range ds.Tasks {
		tasksOf[t.GoalID] = append(tasksOf[t.GoalID], t)
	}
	done := map[uint64]int{}
	for _, c := range ds.CheckIns {
		done[c.TaskID]++
	}
	for _, comp := range domain.Competencies {
		var goals []domain.Goal
		for _, g := range ds.Goals {
			if g.Competency == comp {
				goals = append(goals, g)
			}
		}
		if len(goals) == 0 {
			continue
		}
		p.f("\n## %s\n", comp)
		for _, g := range goals {
			p.f("\n### %s (%s)\n", inline(g.Title), sanitize.Line(g.Status))
			if g.Why != "" {
				p.f("\n%s\n", block(g.Why))
			}
			if m := g.Measure; m.Kind == domain.MeasureAmount {
				p.f("\nMeasure: %d of %s\n", m.Amount, inline(domain.FormatMeasure(m, "", "")))
			} else if !m.IsZero() {
				p.f("\nMeasure: %s\n", domain.FormatMeasure(m, "check-ins", "minutes"))
			}
			if !g.Target.IsZero() {
				p.f("\nTarget: %s\n", g.Target)
			}
			if len(g.Resources) > 0 {
				p.f("\nResources:\n\n")
				for _, r := range g.Resources {
					p.f("- %s\n", inline(r))
				}
			}
			p.tasks(tasksOf[g.ID], done)
			p.step()
		}
	}
	if ts := tasksOf[0]; len(ts) > 0 {
		p.f("\n## Tasks without a goal\n")
		p.tasks(ts, done)
	}
	if len(ds.Reflections) > 0 {
		p.f("\n## Reflections\n")
		for i := len(ds.Reflections) - 1; i >= 0; i-- {
			r := ds.Reflections[i]
			rating := "unrated"
			if r.Rating != domain.Unrated {
				rating = fmt.Sprintf("rating %d/5", r.Rating)
			}
			p.f("\n### %s · %s\n\n", r.Date, rating)
			for _, f := range [][2]string{{"Learned", r.Learned}, {"Solved", r.Solved}, {"Worked with", r.Collaborated}, {"Idea", r.Idea}, {"Next", r.Next}} {
				if f[1] != "" {
					p.f("**%s:** %s\n\n", f[0], block(f[1]))
				}
			}
			if len(r.Tags) > 0 {
				tags := make([]string, len(r.Tags))
				for i, t := range r.Tags {
					tags[i] = sanitize.Line(t)
				}
				p.f("Tags: %s\n", strings.Join(tags, ", "))
			}
			p.step()
		}
	}
	if len(ds.Reviews) > 0 {
		p.f("\n## Weekly reviews\n")
		for i := len(ds.Reviews) - 1; i >= 0; i-- {
			r := ds.Reviews[i]
			p.f("\n### %s\n\n", inline(r.Week))
			for _, f := range [][2]string{{"Went well", r.WentWell}, {"Adjust", r.Adjust}, {"Focus next", r.Focus}, {"Notes", r.Notes}} {
				if f[1] != "" {
					p.f("**%s:** %s\n\n", f[0], block(f[1]))
				}
			}
			p.step()
		}
	}
	return p.err
}

type printer struct {
	w           io.Writer
	err         error
	progress    Progress
	done, total int
}

// step counts one record written.
func (p *printer) step() {
	p.done++
	if p.progress != nil {
		p.progress(p.done, p.total)
	}
}

func (p *printer) f(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

func (p *printer) tasks(ts []domain.Task, done map[uint64]int) {
	if len(ts) == 0 {
		return
	}
	p.f("\n")
	for _, t := range ts {
		state := fmt.Sprintf("%s, done %d×", t.Repeat, done[t.ID])
		if t.Archived {
			state += ", archived"
		}
		p.f("- %s (%s)\n", inline(t.Title), sanitize.Line(state))
		p.step()
	}
}
