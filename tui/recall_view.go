package tui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"coach/content"
	"coach/sanitize"
	"coach/store"
)

// A session's screen: a heading with the counter, the card's body (its
// cue, and once shown its note), which scrolls when taller than the room,
// and at the foot what to press next. The session takes the width of a
// form at most, so lines stay short enough to read on a wide terminal.

// recallHead and recallFoot are the lines above and below a card's body:
// the heading and a blank line; a blank line and the keys.
const (
	recallHead = 2
	recallFoot = 2
)

// columns is the width the session draws in.
func (r *recallSession) columns() int { return max(min(r.width, formMaxWidth), 10) }

// bodyRoom is how many lines of a card's body show at once.
func (r *recallSession) bodyRoom() int { return max(r.height-recallHead-recallFoot, 1) }

func (r *recallSession) View() string {
	var lines []string
	switch c, ok := r.card(); {
	case !r.loaded:
		lines = []string{r.heading(""), "", "  " + r.sh.styles.Muted.Render(r.sh.ui.Recall.Loading)}
	case ok:
		lines = r.cardView(c)
	case len(r.cards) == 0:
		lines = r.emptyView()
	default:
		lines = r.summaryView()
	}
	return clampWidth(strings.Join(lines, "\n"), r.width)
}

// heading is the session's title with what follows it on the line.
func (r *recallSession) heading(after string) string {
	h := r.sh.styles.Title.Render(r.sh.ui.Recall.Title)
	if after != "" {
		h += "  " + r.sh.styles.Muted.Render(after)
	}
	return h
}

// cardView is the card shown: heading, body window, keys.
func (r *recallSession) cardView(c store.RecallCard) []string {
	st, ui := r.sh.styles, r.sh.ui.Recall
	after := fmt.Sprintf(ui.Counter, r.at+1, len(r.cards))
	if c.New {
		after += " · " + ui.NewCard
	}
	body := r.bodyLines()
	room := r.bodyRoom()
	if len(body) > room {
		after += ui.Scroll
	}
	out := append([]string{r.heading(after), ""}, rfWindow(body, r.scroll, room)...)
	foot := st.Muted.Render(ui.ShowNote)
	if r.revealed {
		foot = r.gradeHint()
	}
	return append(out, "", "  "+foot)
}

// gradeHint is "1 again · 2 hard · 3 good · 4 easy · s retire": the
// grades' keys as the keymap binds and names them.
func (r *recallSession) gradeHint() string {
	st := r.sh.styles
	var grades []string
	for _, b := range r.sh.keys.Grades {
		grades = append(grades, st.Cursor.Render(b.Help().Key)+" "+b.Help().Desc)
	}
	return fmt.Sprintf(r.sh.ui.Recall.GradeHint, strings.Join(grades, " · "))
}

// bodyLines is the shown card's cue and, once revealed, its note, laid
// out for the width. It is laid out once for each card, reveal and width,
// and kept: every frame and every scrolling key asks for it.
func (r *recallSession) bodyLines() []string {
	c, ok := r.card()
	if !ok {
		return nil
	}
	of := recallLayout{at: r.at, revealed: r.revealed, columns: r.columns()}
	if r.body != nil && r.bodyOf == of {
		return r.body
	}
	lines := r.cueLines(c)
	if r.revealed {
		lines = append(lines, "", r.noteRule(c))
		for _, l := range rfWrap(sanitize.Block(strings.TrimSpace(c.Learned)), r.columns()-2) {
			lines = append(lines, "  "+l)
		}
	}
	r.body, r.bodyOf = lines, of
	return lines
}

// recallLayout is what a card's body was laid out for.
type recallLayout struct {
	at, columns int
	revealed    bool
}

// noteTop is where revealing scrolls the body when the card is taller
// than the room: the cue's last line, then the note's rule.
func (r *recallSession) noteTop() int {
	c, ok := r.card()
	if !ok {
		return 0
	}
	return max(len(r.cueLines(c))-1, 0)
}

// cueLines is what a card asks: the user's own question, or the day with
// its tags and the competencies practised that day, and what was learned.
func (r *recallSession) cueLines(c store.RecallCard) []string {
	st, ui, w := r.sh.styles, r.sh.ui.Recall, r.columns()-2
	if ask := strings.TrimSpace(sanitize.Line(c.Ask)); ask != "" {
		return rfStyleLines(func(s ...string) string { return "  " + st.Cue.Render(s...) }, rfWrap(ask, w))
	}
	day := fmt.Sprintf(ui.CueDay, c.Day, r.sh.ui.Today.Weekdays[c.Day.Weekday()])
	out := []string{"  " + st.Cue.Render(day)}
	var about []string
	if len(c.Tags) > 0 {
		about = append(about, st.Muted.Render("#"+sanitize.Line(strings.Join(c.Tags, " #"))))
	}
	for _, id := range r.hints[c.Day] {
		about = append(about, st.competency(id, content.CompetencyName(r.sh.lang, id)))
	}
	if len(about) > 0 {
		out = append(out, "  "+strings.Join(about, st.Muted.Render(" · ")))
	}
	out = append(out, "")
	for _, l := range rfWrap(ui.CueLearned, w) {
		out = append(out, "  "+st.Suggestion.Render(l))
	}
	return out
}

// noteRule heads the note: "── Your note ───…", with the card's day
// when the cue was a question and did not show it.
func (r *recallSession) noteRule(c store.RecallCard) string {
	st, ui := r.sh.styles, r.sh.ui.Recall
	label := ui.Note
	if strings.TrimSpace(c.Ask) != "" {
		label = fmt.Sprintf(ui.NoteOf, c.Day)
	}
	label = truncateText(label, r.columns()-6)
	rest := max(r.columns()-4-lipgloss.Width(label), 0)
	return st.Faint.Render("── ") + st.Label.Render(label) + st.Faint.Render(" "+strings.Repeat("─", rest))
}

// summaryView ends a session: how many cards, how many recalled, the
// grades given and the cards retired.
func (r *recallSession) summaryView() []string {
	st, ui, w := r.sh.styles, r.sh.ui.Recall, r.columns()-2
	graded := r.done() - r.given[0]
	recalled := r.given[3] + r.given[4]
	done := fmt.Sprintf(ui.Summary, graded, recalled)
	if graded == 1 {
		done = fmt.Sprintf(ui.SummaryOne, recalled)
	}
	out := []string{r.heading(""), ""}
	out = append(out, rfStyleLines(func(s ...string) string { return "  " + st.Cue.Render(s...) }, rfWrap(done, w))...)
	var by []string
	for i, name := range ui.Grades {
		by = append(by, fmt.Sprintf(ui.SummaryBy, name, r.given[i+1]))
	}
	out = append(out, "  "+st.Muted.Render(truncateText(strings.Join(by, " · "), w)))
	if r.given[0] > 0 {
		out = append(out, "  "+st.Muted.Render(fmt.Sprintf(ui.RetiredN, r.given[0])))
	}
	return append(out, "", "  "+st.Muted.Render(truncateText(ui.AnyKey, w)))
}

// emptyView is a session with no card: none due, or today's caps reached.
func (r *recallSession) emptyView() []string {
	st, ui, w := r.sh.styles, r.sh.ui.Recall, r.columns()-2
	why := ui.EmptyWhy
	if r.due > 0 {
		why = fmt.Sprintf(ui.CapsReached, r.due)
	}
	out := []string{r.heading(""), "", "  " + st.Cue.Render(truncateText(ui.Empty, w))}
	for _, l := range rfWrap(why, w) {
		out = append(out, "  "+st.Muted.Render(l))
	}
	return append(out, "", "  "+st.Muted.Render(truncateText(ui.AnyKey, w)))
}
