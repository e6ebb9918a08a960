package tui

import (
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"coach/content"
	"coach/domain"
	"coach/sanitize"
)

// rfFieldKind is the input of one field of a Reflect form.
type rfFieldKind int

const (
	rfArea   rfFieldKind = iota // several lines of text (textarea)
	rfRating                    // 1–5, 0 while unset
	rfTags                      // one line of tags (textinput)
	rfChoice                    // a competency, or none
)

func (k rfFieldKind) String() string {
	return [...]string{"area", "rating", "tags", "choice"}[k]
}

// rfField is one labelled input of a Reflect form.
type rfField struct {
	kind  rfFieldKind
	label string
	area  textarea.Model
	input textinput.Model
	hint  string // shown in an empty tags field
	num   int    // the rating 0–5, or the index in domain.Competencies (-1: none)
	// stored is the text as stored; the input shows it neutralised.
	stored storedText
}

// rfFormKind says what a form saves.
type rfFormKind int

const (
	rfReflection rfFormKind = iota // the reflection of one day
	rfReview                       // the review of one ISO week
)

// Field positions; the forms are built in this order.
const (
	rfLearned = iota
	rfSolved
	rfCollaborated
	rfIdea
	rfNext
	rfRatingField
	rfTagsField
)

const (
	rvWentWell = iota
	rvAdjust
	rvFocus
	rvNotes
)

// reflectForm is the form of a reflection or a weekly review. It stays
// alive as a draft when closed with changes, so nothing typed is lost.
type reflectForm struct {
	kind    rfFormKind
	day     domain.Date // rfReflection
	week    string      // rfReview
	fields  []*rfField
	focus   int
	base    []string // the values when opened, to tell a changed draft
	tags    []string // the reflection's tags when opened
	err     string   // shown inline under the heading
	saving  bool
	compact bool // too little room: only the focused text field is open
	width   int
	height  int
}

func newReflectionForm(sh *shared, r domain.Reflection) *reflectForm {
	p := sh.coach().Reflection
	t := sh.ui.Reflect
	dark := sh.styles.isDark
	f := &reflectForm{kind: rfReflection, day: r.Date, tags: r.Tags}
	for _, q := range []struct{ label, text string }{
		{p.Learned, r.Learned}, {p.Solved, r.Solved}, {p.Collaborated, r.Collaborated},
		{p.Idea, r.Idea}, {p.Next, r.Next},
	} {
		f.fields = append(f.fields, newRfArea(q.label, q.text, dark))
	}
	f.fields = append(f.fields,
		&rfField{kind: rfRating, label: t.Rating, num: min(max(r.Rating, 0), 5)},
		newRfTags(t.Tags, strings.Join(r.Tags, ", "), t.TagsHint, dark))
	f.base = f.values()
	return f
}

func newReviewForm(sh *shared, r domain.Review) *reflectForm {
	p := sh.coach().Review
	dark := sh.styles.isDark
	f := &reflectForm{kind: rfReview, week: r.Week}
	f.fields = []*rfField{
		newRfArea(p.WentWell, r.WentWell, dark),
		newRfArea(p.Adjust, r.Adjust, dark),
		{kind: rfChoice, label: p.Focus, num: domain.CompetencyIndex(r.Focus)},
		newRfArea(p.Notes, r.Notes, dark),
	}
	f.base = f.values()
	return f
}

func newRfArea(label, text string, dark bool) *rfField {
	ta := textarea.New()
	ta.ShowLineNumbers = false
	ta.CharLimit = domain.MaxText
	ta.MaxHeight = 0
	ta.SetStyles(areaStyles(dark))
	fd := &rfField{kind: rfArea, label: label, area: ta}
	fd.setStored(text)
	return fd
}

func newRfTags(label, text, hint string, dark bool) *rfField {
	in := textinput.New()
	in.Prompt = ""
	in.CharLimit = domain.MaxTags * (domain.MaxTag + 2)
	in.SetStyles(inputStyles(dark))
	fd := &rfField{kind: rfTags, label: label, hint: hint, input: in}
	fd.setStored(text)
	return fd
}

// setStored puts stored text in a text field, shown neutralised.
func (fd *rfField) setStored(text string) {
	if fd.kind == rfTags {
		fd.stored = newStoredText(text, false)
		fd.input.SetValue(fd.stored.shown)
		fd.stored = fd.stored.holding(fd.input.Value())
		return
	}
	fd.stored = newStoredText(text, true)
	fd.area.SetValue(fd.stored.shown)
	fd.stored = fd.stored.holding(fd.area.Value())
}

// text is a text field's content to save: as stored where the user left
// it alone.
func (fd *rfField) text() string {
	if fd.kind == rfTags {
		return fd.stored.text(fd.input.Value())
	}
	return fd.stored.text(fd.area.Value())
}

// key names the form's draft: the day or the week it belongs to.
func (f *reflectForm) key() string {
	if f.kind == rfReview {
		return rfReviewKey(f.week)
	}
	return rfDayKey(f.day)
}

func rfDayKey(d domain.Date) string { return "day " + d.String() }
func rfReviewKey(w string) string   { return "week " + w }

// values is every field's content, to compare against base.
func (f *reflectForm) values() []string {
	out := make([]string, len(f.fields))
	for i, fd := range f.fields {
		switch fd.kind {
		case rfArea:
			out[i] = fd.area.Value()
		case rfTags:
			out[i] = fd.input.Value()
		default:
			out[i] = strconv.Itoa(fd.num)
		}
	}
	return out
}

// changed reports whether the user typed or chose anything.
func (f *reflectForm) changed() bool { return !slices.Equal(f.values(), f.base) }

// reflection is the form's content as a record (not yet checked).
func (f *reflectForm) reflection() domain.Reflection {
	text := func(i int) string { return f.fields[i].text() }
	tags := f.tags
	if f.values()[rfTagsField] != f.base[rfTagsField] {
		tags = domain.SplitTags(text(rfTagsField))
	}
	return domain.Reflection{
		Date: f.day, Learned: text(rfLearned), Solved: text(rfSolved), Collaborated: text(rfCollaborated),
		Idea: text(rfIdea), Next: text(rfNext), Rating: f.fields[rfRatingField].num, Tags: tags,
	}
}

// fieldLabels names the domain's fields as the form labels them.
func (f *reflectForm) fieldLabels(t content.ReflectUI) func(string) string {
	if f.kind == rfReview {
		return labels(map[string]string{
			"went well": f.fields[rvWentWell].label, "adjust": f.fields[rvAdjust].label, "notes": f.fields[rvNotes].label,
		})
	}
	return labels(map[string]string{
		"learned": f.fields[rfLearned].label, "solved": f.fields[rfSolved].label,
		"collaborated": f.fields[rfCollaborated].label, "idea": f.fields[rfIdea].label,
		"next": f.fields[rfNext].label, "tag": t.Tags,
	})
}

// review is the form's content as a record (not yet checked).
func (f *reflectForm) review() domain.Review {
	r := domain.Review{
		Week:     f.week,
		WentWell: f.fields[rvWentWell].text(),
		Adjust:   f.fields[rvAdjust].text(),
		Notes:    f.fields[rvNotes].text(),
	}
	if i := f.fields[rvFocus].num; i >= 0 && i < len(domain.Competencies) {
		r.Focus = domain.Competencies[i]
	}
	return r
}

// focused is the field that has the keys.
func (f *reflectForm) focused() *rfField { return f.fields[f.focus] }

// setFocus moves the keys to field i.
func (f *reflectForm) setFocus(i int) tea.Cmd {
	n := len(f.fields)
	i = (i%n + n) % n
	f.focused().blur()
	f.focus = i
	var cmd tea.Cmd
	switch fd := f.focused(); fd.kind {
	case rfArea:
		cmd = fd.area.Focus()
	case rfTags:
		cmd = fd.input.Focus()
	}
	f.layout(f.width, f.height)
	return cmd
}

// blur takes the keys away from every field (the form is closed).
func (f *reflectForm) blur() {
	for _, fd := range f.fields {
		fd.blur()
	}
}

func (fd *rfField) blur() {
	switch fd.kind {
	case rfArea:
		fd.area.Blur()
	case rfTags:
		fd.input.Blur()
	}
}

// setErr shows msg inline; the layout makes room for it.
func (f *reflectForm) setErr(msg string) {
	f.err = msg
	f.layout(f.width, f.height)
}

// restyle follows a change of the terminal's background.
func (f *reflectForm) restyle(dark bool) {
	for _, fd := range f.fields {
		switch fd.kind {
		case rfArea:
			fd.area.SetStyles(areaStyles(dark))
		case rfTags:
			fd.input.SetStyles(inputStyles(dark))
		}
	}
	f.layout(f.width, f.height)
}

// setText puts text (from $EDITOR) into field i.
func (f *reflectForm) setText(i int, text string) {
	if i < 0 || i >= len(f.fields) || f.fields[i].kind != rfArea {
		return
	}
	text = strings.TrimRight(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	f.fields[i].setStored(text)
}

// layout sizes the fields for a body of w×h: with room, every text field
// is open (at least 3 lines each); otherwise the focused one takes the
// room and the others show as one-line summaries.
func (f *reflectForm) layout(w, h int) {
	f.width, f.height = w, h
	if w <= 0 || h <= 0 {
		return
	}
	areas, singles := 0, 0
	for _, fd := range f.fields {
		if fd.kind == rfArea {
			areas++
		} else {
			singles++
		}
	}
	room := h - 1 - len(f.errLines(w)) - areas - singles
	f.compact = areas == 0 || room/areas < 3
	per, extra := 0, 0
	if !f.compact {
		per, extra = room/areas, room%areas
	}
	n := 0
	for _, fd := range f.fields {
		switch fd.kind {
		case rfArea:
			hgt := per
			if n < extra {
				hgt++
			}
			n++
			if f.compact {
				hgt = max(room, 1)
			}
			fd.area.SetWidth(w)
			fd.area.SetHeight(hgt)
		case rfTags:
			fd.input.SetWidth(max(w-lipgloss.Width(fd.label)-5, 4))
		}
	}
}

func (f *reflectForm) errLines(w int) []string {
	if f.err == "" {
		return nil
	}
	return rfWrap(f.err, w)
}

// update gives a key to the focused field. Moving between fields, saving
// and cancelling are the screen's.
func (f *reflectForm) update(msg tea.KeyPressMsg, k keyMap) tea.Cmd {
	fd := f.focused()
	var cmd tea.Cmd
	switch fd.kind {
	case rfArea:
		fd.area, cmd = fd.area.Update(msg)
	case rfTags:
		if key.Matches(msg, k.Open) {
			return f.setFocus(f.focus + 1)
		}
		fd.input, cmd = fd.input.Update(msg)
	case rfRating:
		switch {
		case key.Matches(msg, k.Rate):
			fd.num = int(msg.String()[0] - '0')
		case key.Matches(msg, k.ChoicePrev):
			fd.num = max(fd.num-1, 1)
		case key.Matches(msg, k.ChoiceNext):
			fd.num = min(fd.num+1, 5)
		case key.Matches(msg, k.Open):
			return f.setFocus(f.focus + 1)
		}
	case rfChoice:
		switch {
		case key.Matches(msg, k.ChoicePrev), key.Matches(msg, k.ChoiceNext):
			d := 1
			if key.Matches(msg, k.ChoicePrev) {
				d = -1
			}
			n := len(domain.Competencies) + 1 // the competencies and "none"
			fd.num = ((fd.num+1+d)%n+n)%n - 1
		case key.Matches(msg, k.Open):
			return f.setFocus(f.focus + 1)
		}
	}
	return cmd
}

// paste gives pasted text to the focused text field.
func (f *reflectForm) paste(msg tea.PasteMsg) tea.Cmd {
	msg.Content = sanitize.Block(msg.Content)
	fd := f.focused()
	var cmd tea.Cmd
	switch fd.kind {
	case rfArea:
		fd.area, cmd = fd.area.Update(msg)
	case rfTags:
		msg.Content = sanitize.Line(msg.Content)
		fd.input, cmd = fd.input.Update(msg)
	}
	return cmd
}

// view draws the form in the size given to layout, heading first.
func (f *reflectForm) view(sh *shared, heading string) []string {
	st := sh.styles
	t := sh.ui.Reflect
	w := f.width
	lines := []string{st.Heading.Render(truncateText(heading, w))}
	for _, l := range f.errLines(w) {
		lines = append(lines, st.FieldError.Render(l))
	}
	for i, fd := range f.fields {
		focused := i == f.focus
		marker, lab := "  ", st.Label
		if focused {
			marker, lab = st.Cursor.Render("> "), st.FocusedLabel
		}
		// oneLine puts a widget after the label, cutting the label to fit.
		oneLine := func(widget string) string {
			room := max(w-2-2-lipgloss.Width(widget), 4)
			return marker + lab.Render(truncateText(fd.label, room)) + "  " + widget
		}
		switch fd.kind {
		case rfArea:
			if f.compact && !focused {
				label := truncateText(fd.label, max((w-4)/2, 4))
				room := w - 2 - lipgloss.Width(label) - 2
				lines = append(lines, marker+lab.Render(label)+"  "+st.Muted.Render(truncateText(rfFirstLine(fd.area.Value()), room)))
				continue
			}
			lines = append(lines, marker+lab.Render(truncateText(fd.label, w-2)))
			lines = append(lines, strings.Split(fd.area.View(), "\n")...)
		case rfRating:
			widget := rfRatingWidget(st, fd.num)
			if fd.num == 0 {
				widget += "  " + st.Faint.Render(t.NoRating)
			}
			lines = append(lines, oneLine(widget))
		case rfTags:
			lines = append(lines, oneLine(rfInputView(st, fd.input, fd.hint)))
		case rfChoice:
			name := t.NoFocus
			if fd.num >= 0 && fd.num < len(domain.Competencies) {
				id := domain.Competencies[fd.num]
				name = st.competency(id, content.CompetencyName(sh.lang, id))
			}
			lines = append(lines, oneLine("< "+name+" >"))
		}
	}
	return lines
}

// rfInputView draws a text input with its hint while it is empty. (The
// input's own placeholder miscounts wide characters.)
func rfInputView(st *styles, in textinput.Model, hint string) string {
	if in.Value() != "" || hint == "" {
		return in.View()
	}
	return ansi.Truncate(in.View(), lipgloss.Width(in.Prompt)+1, "") + st.Faint.Render(hint)
}

// rfRatingWidget shows 1 … 5 with the chosen number in brackets.
func rfRatingWidget(st *styles, num int) string {
	var b strings.Builder
	for n := 1; n <= 5; n++ {
		d := strconv.Itoa(n)
		switch {
		case n == num:
			b.WriteString(st.Selected.Render("[" + d + "]"))
		case n < num:
			b.WriteString(st.BarFull.Render(" " + d + " "))
		default:
			b.WriteString(st.Faint.Render(" " + d + " "))
		}
	}
	return b.String()
}

// rfFirstLine is the first non-empty line of s, made safe, with "…" when
// more follows.
func rfFirstLine(s string) string {
	s = strings.TrimSpace(s)
	first, rest, more := strings.Cut(s, "\n")
	first = sanitize.Line(strings.TrimSpace(first))
	if more && strings.TrimSpace(rest) != "" {
		first += " …"
	}
	return first
}

// rfWrap wraps safe text to w display columns with wrapText (which breaks
// Chinese text between characters) and returns its lines, none wider than w.
func rfWrap(s string, w int) []string {
	lines := strings.Split(wrapText(s, w), "\n")
	for i, l := range lines {
		lines[i] = truncateText(strings.TrimRight(l, " "), w)
	}
	return lines
}
