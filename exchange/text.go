package exchange

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"coach/domain"
)

// WriteCSV writes one row per check-in, joined with its task, for
// spreadsheets: date, task_id, task, competency, repeat, minutes, note.
func WriteCSV(w io.Writer, ds domain.Dataset) error {
	tasks := map[uint64]domain.Task{}
	for _, t := range ds.Tasks {
		tasks[t.ID] = t
	}
	cw := csv.NewWriter(w)
	cw.Write([]string{"date", "task_id", "task", "competency", "repeat", "minutes", "note"})
	for _, c := range ds.CheckIns {
		t := tasks[c.TaskID]
		cw.Write([]string{c.Date.String(), strconv.FormatUint(c.TaskID, 10), csvSafe(t.Title), t.Competency, t.Repeat, strconv.Itoa(c.Minutes), csvSafe(c.Note)})
	}
	cw.Flush()
	return cw.Error()
}

// csvSafe keeps a spreadsheet from reading user text as a formula.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// WriteMarkdown writes the dataset as a readable journal: goals by
// competency with their tasks, then reflections and weekly reviews, newest
// first.
func WriteMarkdown(w io.Writer, ds domain.Dataset) error {
	p := &printer{w: w}
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
			p.f("\n### %s (%s)\n", g.Title, g.Status)
			if g.Why != "" {
				p.f("\n%s\n", g.Why)
			}
			if !g.Target.IsZero() {
				p.f("\nTarget: %s\n", g.Target)
			}
			if len(g.Resources) > 0 {
				p.f("\nResources:\n\n")
				for _, r := range g.Resources {
					p.f("- %s\n", r)
				}
			}
			p.tasks(tasksOf[g.ID], done)
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
			p.f("\n### %s · rating %d/5\n\n", r.Date, r.Rating)
			for _, f := range [][2]string{{"Learned", r.Learned}, {"Solved", r.Solved}, {"Worked with", r.Collaborated}, {"Idea", r.Idea}, {"Next", r.Next}} {
				if f[1] != "" {
					p.f("**%s:** %s\n\n", f[0], f[1])
				}
			}
			if len(r.Tags) > 0 {
				p.f("Tags: %s\n", strings.Join(r.Tags, ", "))
			}
		}
	}
	if len(ds.Reviews) > 0 {
		p.f("\n## Weekly reviews\n")
		for i := len(ds.Reviews) - 1; i >= 0; i-- {
			r := ds.Reviews[i]
			p.f("\n### %s\n\n", r.Week)
			for _, f := range [][2]string{{"Went well", r.WentWell}, {"Adjust", r.Adjust}, {"Focus next", r.Focus}, {"Notes", r.Notes}} {
				if f[1] != "" {
					p.f("**%s:** %s\n\n", f[0], f[1])
				}
			}
		}
	}
	return p.err
}

type printer struct {
	w   io.Writer
	err error
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
		p.f("- %s (%s)\n", t.Title, state)
	}
}
