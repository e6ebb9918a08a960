package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"strings"

	"coach/content"
	"coach/domain"
	"coach/safefile"
	"coach/store"
)

// reflectionAmendment is what `coach reflect` was given on the command line
// besides the day.
type reflectionAmendment struct {
	given     map[string]string // field name → text, for the text flags given
	tags      []string
	tagsGiven bool
	rating    int // 0 when not given
	replace   bool
	ask       *string // the recall question, when given: it replaces the one there
}

// amendReflection adds the given text to the day's reflection, as a
// journal would, or with --replace puts it in place of the parts given and
// keeps what they held in a file beside the database. A part that already
// ends with the text is left alone, so a script that runs twice adds once.
func (a *app) amendReflection(st *store.Store, day domain.Date, am reflectionAmendment) error {
	lang, ui, err := a.words()
	if err != nil {
		return err
	}
	var changed []string
	var kept string
	var rating string // the day's rating as saved, in words
	_, found, written, err := st.AmendReflection(day, func(r domain.Reflection, found bool) (domain.Reflection, error) {
		before := r
		before.Tags = append([]string(nil), r.Tags...)
		changed = nil
		lost := false // whether --replace takes away text that was there
		for _, f := range reflectionFields(&r, content.CoachData(lang).Reflection) {
			text, ok := am.given[f.name]
			if !ok {
				continue
			}
			next := addText(*f.v, text)
			if am.replace {
				next = strings.TrimSpace(text)
			}
			if next != *f.v {
				changed = append(changed, f.name)
				lost = lost || am.replace && *f.v != ""
				*f.v = next
			}
		}
		if am.ask != nil && strings.TrimSpace(*am.ask) != r.Ask {
			r.Ask = strings.TrimSpace(*am.ask)
			changed = append(changed, "ask")
		}
		switch {
		case am.tagsGiven && am.replace:
			r.Tags = am.tags
		case am.tagsGiven:
			r.Tags = append(r.Tags, am.tags...)
		}
		if am.rating > 0 {
			r.Rating = am.rating
		}
		if r.Rating == domain.Unrated && !found { // only an imported day is unrated
			return r, errNoRating()
		}
		rating = ratingWords(ui, r.Rating)
		if lost {
			var err error
			if kept, err = keepReplaced(st.Path(), before, a.Now().Format("20060102-150405")); err != nil {
				return r, err
			}
		}
		return r, nil
	})
	if err != nil {
		if kept != "" {
			os.Remove(kept) // nothing was replaced after all
		}
		return err
	}
	parts := strings.Join(changed, ui.CLI.AsideSep)
	switch {
	case !found:
		a.printf(ui.CLI.ReflectionSaved+"\n", day, rating)
	case !written:
		a.printf(ui.CLI.ReflectionUnchanged+"\n", day)
	case am.replace && len(changed) > 0, len(changed) == 1 && changed[0] == "ask": // a question is replaced, never added to
		a.printf(ui.CLI.ReflectionReplaced+"\n", day, parts, rating)
	case len(changed) > 0:
		a.printf(ui.CLI.ReflectionAdded+"\n", day, parts, rating)
	default:
		a.printf(ui.CLI.ReflectionSaved+"\n", day, rating)
	}
	if kept != "" {
		a.printf(ui.CLI.ReflectionKept+"\n", kept)
	}
	return nil
}

// ratingWords is the day's rating as the command line says it.
func ratingWords(ui content.UI, rating int) string {
	if rating == domain.Unrated {
		return ui.Reflect.NoRating
	}
	return fmt.Sprintf(ui.CLI.RatedOf, rating)
}

// errNoRating refuses a reflection without the day's rating.
func errNoRating() error {
	return usagef("a reflection needs a rating of the day from 1 to 5: add --rating N")
}

// addText appends text to a part of a reflection as a new paragraph,
// unless the part already ends with it.
func addText(old, text string) string {
	text = strings.TrimSpace(text)
	switch {
	case text == "" || old == text || strings.HasSuffix(old, "\n\n"+text):
		return old
	case strings.TrimSpace(old) == "":
		return text
	}
	return old + "\n\n" + text
}

// keepReplaced writes r, as it was before --replace, to a new private file
// beside the database and returns its name. The text is written as stored,
// not made safe for a terminal: the file is for getting it back.
func keepReplaced(db string, r domain.Reflection, stamp string) (string, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s · rating %d/5 · tags: %s\n", r.Date, r.Rating, strings.Join(r.Tags, ", "))
	for _, f := range reflectionFields(&r, content.ReflectionPrompts{}) {
		if *f.v != "" {
			fmt.Fprintf(&b, "\n## %s\n\n%s\n", f.name, *f.v)
		}
	}
	base := fmt.Sprintf("%s.replaced-%s-%s", db, r.Date, stamp)
	for i := 1; ; i++ {
		name := base + ".md"
		if i > 1 {
			name = fmt.Sprintf("%s-%d.md", base, i)
		}
		err := safefile.Write(name, false, func(f *os.File) error {
			_, err := f.WriteString(b.String())
			return err
		})
		if errors.Is(err, fs.ErrExist) && i < 100 {
			continue // a second --replace within the second
		}
		if err != nil {
			return "", fmt.Errorf("cannot keep the replaced text: %w", err)
		}
		return name, nil
	}
}

// reflectInEditor opens the whole reflection of day in $EDITOR, with the
// rating and tags given on the command line filled in.
func (a *app) reflectInEditor(st *store.Store, day domain.Date, rating int, tags []string, tagsGiven bool) error {
	lang, ui, err := a.words()
	if err != nil {
		return err
	}
	r, found, err := st.Reflection(day)
	if err != nil {
		return err
	}
	r.Date = day
	stored, _ := domain.CleanReflection(r)            // as stored, to tell an edit that changed nothing
	wasUnrated := found && r.Rating == domain.Unrated // imported: it may stay so
	if rating > 0 {
		r.Rating = rating
	}
	if tagsGiven {
		r.Tags = tags
	}
	if r, err = a.editReflection(r, ui.CLI.EditorHeader, content.CoachData(lang).Reflection); err != nil {
		return err
	}
	if r.Rating == domain.Unrated && !wasUnrated {
		return errNoRating()
	}
	if clean, err := domain.CleanReflection(r); found && err == nil && reflect.DeepEqual(clean, stored) {
		// Nothing to write: no new revision, nothing for sync to send.
		a.printf(ui.CLI.ReflectionUnchanged+"\n", day)
		return nil
	}
	if _, err := st.PutReflection(r); err != nil {
		return err
	}
	a.printf(ui.CLI.ReflectionSaved+"\n", day, ratingWords(ui, r.Rating))
	return nil
}
