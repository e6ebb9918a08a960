package cli

import (
	"fmt"
	"strings"

	"coach/content"
	"coach/domain"
)

// The weekly review opens in $EDITOR as the reflection does
// (reflect_editor.go): coach's own lines begin with a marker made for this
// one edit, every other line is the user's, and a part that comes back as
// it was written is left as stored.

// reviewEdit is what came back from the editor: the parts that changed.
type reviewEdit struct {
	parts map[string]string // went_well, adjust, notes
	focus *string
}

func (e reviewEdit) empty() bool { return len(e.parts) == 0 && e.focus == nil }

// apply writes the changed parts into r.
func (e reviewEdit) apply(r *domain.Review) {
	for _, f := range reviewFields(r, content.ReviewPrompts{}) {
		if v, ok := e.parts[f.name]; ok {
			*f.v = v
		}
	}
	if e.focus != nil {
		r.Focus = *e.focus
	}
}

// parseFocus reads a review's focus, from --focus or the editor: a
// competency, or empty for none (blank, none or 无).
func parseFocus(v string) (string, error) {
	if strings.TrimSpace(v) == "" || isNone(v) {
		return "", nil
	}
	return domain.ParseCompetency(v)
}

// reviewFields are the template's text sections, in order, with the
// record's fields they edit.
func reviewFields(r *domain.Review, p content.ReviewPrompts) []textField {
	return []textField{
		{"went_well", p.WentWell, &r.WentWell}, {"adjust", p.Adjust, &r.Adjust}, {"notes", p.Notes, &r.Notes},
	}
}

// reviewTemplate writes r for the editor; bodies is each part as written,
// each text followed by one line break that reading takes away.
func reviewTemplate(r domain.Review, header string, p content.ReviewPrompts) (text, marker string, bodies map[string]string, err error) {
	marker, err = newMarker(header, r.WentWell, r.Adjust, r.Notes)
	if err != nil {
		return "", "", nil, err
	}
	var b strings.Builder
	for _, line := range strings.Split(fmt.Sprintf(header, r.Week, marker), "\n") {
		fmt.Fprintf(&b, "%s %s\n", marker, line)
	}
	fmt.Fprintf(&b, "%s focus: %s\n", marker, r.Focus)
	bodies = map[string]string{}
	for _, f := range reviewFields(&r, p) {
		bodies[f.name] = *f.v + "\n"
		fmt.Fprintf(&b, "%s ## %s · %s\n%s", marker, f.name, f.prompt, bodies[f.name])
	}
	return b.String(), marker, bodies, nil
}

// parseReview reads the edited text: the parts that differ from what was
// written, a deleted heading emptying its part.
func parseReview(text, marker string, r domain.Review, bodies map[string]string) (reviewEdit, error) {
	e := reviewEdit{parts: map[string]string{}}
	got, err := readSections(text, marker, func(name string) bool { _, ok := bodies[name]; return ok }, func(n int, rest string) error {
		if !strings.HasPrefix(rest, "focus:") {
			return nil // any other line of the marker's is the header: nothing to read
		}
		v := strings.TrimSpace(strings.TrimPrefix(rest, "focus:"))
		if v == r.Focus {
			return nil
		}
		v, err := parseFocus(v)
		if err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		if v != r.Focus {
			e.focus = &v
		}
		return nil
	})
	if err != nil {
		return e, err
	}
	for _, f := range reviewFields(&r, content.ReviewPrompts{}) {
		switch body := got[f.name]; {
		case body == nil:
			if *f.v != "" {
				e.parts[f.name] = "" // the heading was deleted, and the text with it
			}
		case body.String() != crlfToLF(bodies[f.name]):
			e.parts[f.name] = strings.TrimSuffix(body.String(), "\n")
		}
	}
	return e, nil
}

// editReview opens the review in the user's editor and reads back what
// changed (editText keeps the file when it cannot be read).
func (a *app) editReview(r domain.Review, header string, p content.ReviewPrompts) (reviewEdit, error) {
	text, marker, bodies, err := reviewTemplate(r, header, p)
	if err != nil {
		return reviewEdit{}, err
	}
	var e reviewEdit
	err = a.editText("coach-review-*.md", text, func(edited string) (err error) {
		e, err = parseReview(edited, marker, r, bodies)
		return err
	})
	return e, err
}
