package tui

import (
	"fmt"
	"math"
	"strings"

	"charm.land/lipgloss/v2"

	"coach/content"
	"coach/domain"
	"coach/sanitize"
)

// detailView shows one goal: why, target, resources, tasks with a strip of
// their last 28 days.
func (s *goalsScreen) detailView(r goalRow) string {
	st := s.sh.styles
	ui := s.sh.ui.Goals
	g := r.goal
	var b strings.Builder
	b.WriteString(st.Title.Render(truncateText(g.Title, s.width-2)) + "\n")
	b.WriteString(st.competency(g.Competency, content.CompetencyName(s.sh.lang, g.Competency)) + " · " + s.sh.ui.Goals.StatusName(g.Status) +
		" · " + bar(st, r.fig.Share(), 10) + " " + ui.Figure(r.fig) + "\n")
	target := ui.NoTarget
	if !g.Target.IsZero() {
		target = g.Target.String() + " · " + s.targetNote(g)
	}
	b.WriteString(st.Label.Render(ui.Target+s.sh.ui.Common.Colon) + target + "\n")
	if f := r.fig; !f.Measure.IsZero() {
		line := fmt.Sprintf(ui.TargetLine, f.Reached, ui.FormatMeasure(f.Measure), int(math.Round(f.Share()*100)))
		b.WriteString(truncateText(line, s.width) + "\n")
	}
	if g.Why != "" {
		b.WriteString("\n" + st.Heading.Render(ui.Why) + "\n" + wrapText(sanitize.Block(g.Why), s.width-2) + "\n")
	}
	if len(g.Resources) > 0 {
		b.WriteString("\n" + st.Heading.Render(ui.Resources) + "\n")
		for _, res := range g.Resources {
			b.WriteString("• " + truncateText(res, s.width-4) + "\n")
		}
	}
	b.WriteString("\n" + st.Heading.Render(ui.Tasks) + "  " + st.Faint.Render(ui.Recent) + "\n")
	tasks := s.detailTasks()
	if len(tasks) == 0 && r.sum.OnceDone == 0 {
		b.WriteString(st.Muted.Render(ui.NoTasks) + "\n")
	}
	today := s.sh.today()
	cursorLine := -1
	for i, t := range tasks {
		strip := s.strip(t, today)
		room := s.width - lipgloss.Width(strip) - 4
		title := truncateText(t.Title, max(room, 8))
		pad := max(room-lipgloss.Width(title), 0)
		prefix := "  "
		if i == s.task {
			prefix, title = st.Cursor.Render("› "), st.Selected.Render(title)
			cursorLine = strings.Count(b.String(), "\n")
		}
		b.WriteString(prefix + title + strings.Repeat(" ", pad) + "  " + strip + "\n")
	}
	if r.fig.Habits > 0 {
		b.WriteString("  " + st.Muted.Render(fmt.Sprintf(ui.HabitsKept, r.fig.Kept, r.fig.Due)) + "\n")
	}
	if r.fig.OnceTotal > 0 {
		b.WriteString("  " + st.Muted.Render(fmt.Sprintf(ui.OnceDone, r.fig.OnceDone, r.fig.OnceTotal)) + "\n")
	}
	return strings.Join(scrollTo(strings.Split(strings.TrimRight(b.String(), "\n"), "\n"), cursorLine, s.height), "\n")
}

// scrollTo is the window of height lines that shows line cursor with a
// line below it where there is one: the detail of a goal with many tasks
// follows its cursor. A negative cursor keeps the top.
func scrollTo(lines []string, cursor, height int) []string {
	if height <= 0 || len(lines) <= height || cursor < 0 {
		return lines
	}
	top := max(0, min(cursor+2-height, len(lines)-height))
	return lines[top : top+height]
}

// strip draws the last 28 days of a task: ■ done, · not.
func (s *goalsScreen) strip(t domain.Task, today domain.Date) string {
	st := s.sh.styles
	days := map[domain.Date]bool{}
	for _, d := range s.done[t.ID] {
		days[d] = true
	}
	var b strings.Builder
	for d := today - domain.Window + 1; d <= today; d++ {
		if days[d] {
			b.WriteString(st.Done.Render("■"))
		} else {
			b.WriteString(st.Faint.Render("·"))
		}
	}
	return b.String()
}
