package tui

import (
	"strings"

	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"coach/content"
	"coach/domain"
	"coach/sanitize"
)

// rfFormKind says what a reflect form saves.
type rfFormKind int

const (
	rfReflection rfFormKind = iota // the reflection of one day
	rfReview                       // the review of one ISO week
)

// Field positions; the forms are built in this order.
const (
	rfLearned = iota
	rfAsk     // "Ask me later": the question the day's recall card asks
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
// Its screen takes ctrl+s, esc and ctrl+e ($EDITOR) itself (reflect_save.go).
type reflectForm struct {
	*form
	kind   rfFormKind
	day    domain.Date // rfReflection
	week   string      // rfReview
	saving bool
	// unrated: the stored reflection has no rating (imported from jrnl),
	// so it may be saved without one.
	unrated bool
}

func newReflectionForm(sh *shared, r domain.Reflection) *reflectForm {
	p := sh.coach().Reflection
	t := sh.ui.Reflect
	var fields []*field
	for _, q := range []struct{ label, text string }{
		{p.Learned, r.Learned}, {p.Solved, r.Solved}, {p.Collaborated, r.Collaborated},
		{p.Idea, r.Idea}, {p.Next, r.Next},
	} {
		fields = append(fields, newAreaField(q.label, q.text, "", domain.MaxText))
		if len(fields) == rfAsk {
			fields = append(fields, newAskField(sh, r.Ask))
		}
	}
	fields = append(fields,
		newRatingField(t.Rating, r.Rating, t.NoRating),
		newTagsField(t.Tags, r.Tags, t.TagsHint))
	return newReflectForm(sh, rfReflection, fields, func(f *reflectForm) { f.day = r.Date })
}

// newAskField is the reflection's "Ask me later": one line, faint with
// what it is for while empty.
func newAskField(sh *shared, ask string) *field {
	in := newTextInput(ask, "", domain.MaxNote)
	in.empty = sh.ui.Recall.AskHint
	return &field{label: sh.ui.Recall.Ask, input: in}
}

func newReviewForm(sh *shared, r domain.Review) *reflectForm {
	p := sh.coach().Review
	focus := append([]string{sh.ui.Reflect.NoFocus}, content.CompetencyNames(sh.lang)...)
	fields := []*field{
		newAreaField(p.WentWell, r.WentWell, "", domain.MaxText),
		newAreaField(p.Adjust, r.Adjust, "", domain.MaxText),
		newChoiceField(p.Focus, focus, domain.CompetencyIndex(r.Focus)+1), // "none" first
		newAreaField(p.Notes, r.Notes, "", domain.MaxText),
	}
	return newReflectForm(sh, rfReview, fields, func(f *reflectForm) { f.week = r.Week })
}

func newReflectForm(sh *shared, kind rfFormKind, fields []*field, set func(*reflectForm)) *reflectForm {
	f := &reflectForm{form: newForm(sh, "", fields...), kind: kind}
	f.blur() // a form opens as a draft; openForm gives it the keys
	set(f)
	return f
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

// layout sizes the form for a body of w×h.
func (f *reflectForm) layout(w, h int) { f.SetSize(w, h) }

// view draws the form in the size given to layout, heading first.
func (f *reflectForm) view(_ *shared, heading string) []string { return f.lines(heading) }

// reflection is the form's content as a record (not yet checked).
func (f *reflectForm) reflection() domain.Reflection {
	text := func(i int) string { return f.fields[i].value() }
	return domain.Reflection{
		Date: f.day, Learned: text(rfLearned), Solved: text(rfSolved), Collaborated: text(rfCollaborated),
		Idea: text(rfIdea), Next: text(rfNext), Ask: text(rfAsk), Rating: f.fields[rfRatingField].input.(*ratingInput).num,
		Tags: f.fields[rfTagsField].input.(*tagsInput).tags(),
	}
}

// review is the form's content as a record (not yet checked).
func (f *reflectForm) review() domain.Review {
	r := domain.Review{
		Week:     f.week,
		WentWell: f.fields[rvWentWell].value(),
		Adjust:   f.fields[rvAdjust].value(),
		Notes:    f.fields[rvNotes].value(),
	}
	if i := f.fields[rvFocus].input.(*choiceInput).choice - 1; i >= 0 && i < len(domain.Competencies) {
		r.Focus = domain.Competencies[i]
	}
	return r
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
		"next": f.fields[rfNext].label, "ask": f.fields[rfAsk].label, "tag": t.Tags,
	})
}

// setText puts text (from $EDITOR) into field i, when it is an area.
func (f *reflectForm) setText(i int, text string) {
	if i < 0 || i >= len(f.fields) || !f.fields[i].input.multiline() {
		return
	}
	text = strings.TrimRight(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	f.fields[i].setText(text)
	f.layout(f.width, f.height)
}

// rfInputView draws a text input with its hint while it is empty. (The
// input's own placeholder miscounts wide characters.)
func rfInputView(st *styles, in textinput.Model, hint string) string {
	if in.Value() != "" || hint == "" {
		return in.View()
	}
	return ansi.Truncate(in.View(), lipgloss.Width(in.Prompt)+1, "") + st.Faint.Render(hint)
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
