package cli

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"coach/content"
	"coach/domain"
)

// The reflection opens in $EDITOR as a template. Its own lines (the header,
// rating, tags and one heading per field) begin with a marker made for this
// one edit: "#~" and random hex digits that occur nowhere in the text. Every
// other line is the user's, whatever it holds, so a line of theirs that
// starts with "#" or "## next" is text, never a comment or a heading. A part
// that comes back exactly as it was written keeps the stored value byte for
// byte.

// editTemplate is one reflection written out for the editor.
type editTemplate struct {
	marker string
	text   string
	// what each part was written as, to tell an edited part from an
	// untouched one
	rating, tags string
	bodies       map[string]string
}

// textField is one text part of a record as a template shows it: the
// section's name, the question beside it, and the field it edits.
type textField struct {
	name, prompt string
	v            *string
}

// reflectionFields pairs the template's section names with the record.
func reflectionFields(r *domain.Reflection, p content.ReflectionPrompts) []textField {
	return []textField{
		{"learned", p.Learned, &r.Learned}, {"solved", p.Solved, &r.Solved},
		{"collaborated", p.Collaborated, &r.Collaborated}, {"idea", p.Idea, &r.Idea}, {"next", p.Next, &r.Next},
	}
}

// markerRand is where markers come from (tests set it).
var markerRand io.Reader = rand.Reader

// newMarker returns a marker that none of texts contains.
func newMarker(texts ...string) (string, error) {
	var b [4]byte
	for range 100 {
		if _, err := io.ReadFull(markerRand, b[:]); err != nil {
			return "", err
		}
		m := "#~" + hex.EncodeToString(b[:])
		if !containsAny(texts, m) {
			return m, nil
		}
	}
	return "", errors.New("cannot make a template marker that the reflection does not contain")
}

func containsAny(texts []string, s string) bool {
	for _, t := range texts {
		if strings.Contains(t, s) {
			return true
		}
	}
	return false
}

// reflectionTemplate writes r for the editor: the header, the rating and
// tags lines, then each field under its heading with its prompt beside it.
// A field's text is followed by one line break, which reading takes away.
func reflectionTemplate(r domain.Reflection, header string, p content.ReflectionPrompts) (editTemplate, error) {
	texts := append([]string{header}, r.Tags...)
	for _, f := range reflectionFields(&r, p) {
		texts = append(texts, *f.v)
	}
	m, err := newMarker(texts...)
	if err != nil {
		return editTemplate{}, err
	}
	t := editTemplate{marker: m, bodies: map[string]string{}}
	if r.Rating > 0 {
		t.rating = strconv.Itoa(r.Rating)
	}
	t.tags = strings.Join(r.Tags, ", ")
	var b strings.Builder
	for _, line := range strings.Split(fmt.Sprintf(header, r.Date, m), "\n") {
		fmt.Fprintf(&b, "%s %s\n", m, line)
	}
	fmt.Fprintf(&b, "%s rating: %s\n%s tags: %s\n", m, t.rating, m, t.tags)
	for _, f := range reflectionFields(&r, p) {
		t.bodies[f.name] = *f.v + "\n"
		fmt.Fprintf(&b, "%s ## %s · %s\n%s", m, f.name, f.prompt, t.bodies[f.name])
	}
	t.text = b.String()
	return t, nil
}

// parse reads the edited text back into r, the reflection the template was
// made from: a part left as it was keeps r's value as stored.
func (t editTemplate) parse(text string, r domain.Reflection, p content.ReflectionPrompts) (domain.Reflection, error) {
	fields := map[string]*string{}
	for _, f := range reflectionFields(&r, p) {
		fields[f.name] = f.v
	}
	bodies, err := readSections(text, t.marker, func(name string) bool { return fields[name] != nil }, func(_ int, rest string) error {
		switch {
		case strings.HasPrefix(rest, "rating:"):
			v := strings.TrimSpace(strings.TrimPrefix(rest, "rating:"))
			switch {
			case v == t.rating:
			case v == "":
				r.Rating = 0
			default:
				n, err := strconv.Atoi(v)
				if err != nil {
					return fmt.Errorf("rating must be 1 to 5, got %q", v)
				}
				r.Rating = n
			}
		case strings.HasPrefix(rest, "tags:"):
			if v := strings.TrimSpace(strings.TrimPrefix(rest, "tags:")); v != t.tags {
				r.Tags = domain.SplitTags(v)
			}
		}
		return nil // any other line of the marker's is the header: nothing to read
	})
	if err != nil {
		return r, err
	}
	for name, v := range fields {
		switch body := bodies[name]; {
		case body == nil:
			*v = "" // the heading was deleted, and the text with it
		case body.String() != crlfToLF(t.bodies[name]):
			*v = body.String()
		}
	}
	return r, nil
}

// editReflection opens the reflection in the user's editor and reads it
// back (editText keeps the file when it cannot be read).
func (a *app) editReflection(r domain.Reflection, header string, p content.ReflectionPrompts) (domain.Reflection, error) {
	t, err := reflectionTemplate(r, header, p)
	if err != nil {
		return r, err
	}
	edited := r
	err = a.editText("coach-reflection-*.md", t.text, func(text string) (err error) {
		edited, err = t.parse(text, r, p)
		return err
	})
	if err != nil {
		return r, err
	}
	return edited, nil
}

// crlfToLF turns Windows line ends into plain ones.
func crlfToLF(s string) string { return strings.ReplaceAll(s, "\r\n", "\n") }
