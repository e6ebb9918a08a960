package tui

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"

	"coach/domain"
	"coach/safefile"
	"coach/store"
)

// A draft is the text of a form the user had not saved when the app was
// stopped (a closed terminal, a kill, ctrl+c). The app writes its drafts
// beside the database as it exits and offers them back at the next start;
// quitting with q after saying y drops them.
type draft struct {
	Kind   string   `json:"kind"`            // task, goal, reflection, review
	ID     uint64   `json:"id,omitempty"`    // the task or goal edited; 0 for a new one
	Day    string   `json:"day,omitempty"`   // a reflection's day
	Week   string   `json:"week,omitempty"`  // a review's week
	Text   []string `json:"text"`            // each field's text, in the form's order ("" for a choice)
	Choice []int    `json:"choice"`          // each choice or number, in the same order (0 for a text)
	Goal   uint64   `json:"goal,omitempty"`  // the goal a task links to
	Lines  []string `json:"lines,omitempty"` // a goal's resources behind its lines
	Due    string   `json:"due,omitempty"`   // the day a new task takes
	Focus  int      `json:"focus,omitempty"` // the field that had the keys
}

// draftFile is the file's content.
type draftFile struct {
	Format  string  `json:"format"`
	Version int     `json:"version"`
	Drafts  []draft `json:"drafts"`
}

const draftFormat = "coach drafts"

// draftsPath is the drafts file of the database at db.
func draftsPath(db string) string { return db + ".drafts" }

// readDrafts reads the drafts file; a missing file holds none.
func readDrafts(path string) ([]draft, error) {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err == nil && !info.Mode().IsRegular() {
		// a pipe there would hold the start for as long as nobody writes
		return nil, fmt.Errorf("%s is not a coach drafts file", path)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f draftFile
	if err := json.Unmarshal(b, &f); err != nil || f.Format != draftFormat {
		return nil, fmt.Errorf("%s is not a coach drafts file", path)
	}
	if f.Version != 1 {
		return nil, fmt.Errorf("%s was written by a newer coach (drafts version %d)", path, f.Version)
	}
	return f.Drafts, nil
}

// writeDrafts replaces the drafts file with ds, or removes it when there
// are none. The file is written whole under a private temporary name and
// moved into place (safefile, as every file beside the database), so a
// crash leaves the old file or the new one.
func writeDrafts(path string, ds []draft) error {
	if len(ds) == 0 {
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		return nil
	}
	b, err := json.MarshalIndent(draftFile{Format: draftFormat, Version: 1, Drafts: ds}, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := safefile.Temp(path)
	if err != nil {
		return err
	}
	_, err = tmp.Write(append(b, '\n'))
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = safefile.Place(tmp.Name(), path, true)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// restoredDraft is a draft with the record its form edits, read from the
// store before the app starts.
type restoredDraft struct {
	draft
	task   domain.Task
	goal   domain.Goal
	refl   domain.Reflection
	review domain.Review
}

// loadDrafts reads the drafts of the database and the records they edit.
// A record deleted since is edited as a new one.
func loadDrafts(st *store.Store, path string) ([]restoredDraft, error) {
	ds, err := readDrafts(path)
	if err != nil {
		return nil, err
	}
	var out []restoredDraft
	for _, d := range ds {
		r := restoredDraft{draft: d}
		switch d.Kind {
		case "task":
			if d.ID != 0 {
				if r.task, err = st.Task(d.ID); err != nil {
					r.task, r.ID = domain.Task{}, 0
				}
			}
			if r.task.ID == 0 {
				r.task = domain.Task{Repeat: "once"}
				r.task.Due, _ = domain.ParseDate(d.Due, 0, false)
			}
		case "goal":
			if d.ID != 0 {
				if r.goal, err = st.Goal(d.ID); err != nil {
					r.goal, r.ID = domain.Goal{}, 0
				}
			}
		case "reflection":
			day, err := domain.ParseDate(d.Day, 0, false)
			if err != nil {
				continue
			}
			r.refl, _, err = st.Reflection(day)
			if err != nil {
				return nil, err
			}
			r.refl.Date = day
		case "review":
			if r.review, _, err = st.Review(d.Week); err != nil {
				return nil, err
			}
			r.review.Week = d.Week
		default:
			continue // a kind a newer coach wrote
		}
		out = append(out, r)
	}
	return out, nil
}

// formDraft records the fields of f: each field's text ("" for a choice
// or a rating) and number (0 for a text), by position.
func formDraft(f *form) draft {
	d := draft{Focus: f.focus}
	for _, fl := range f.fields {
		text, num := fl.input.draft()
		d.Text, d.Choice = append(d.Text, text), append(d.Choice, num)
	}
	return d
}

// restoreForm puts a draft's fields back into f, skipping what does not
// fit (a draft of another version).
func restoreForm(f *form, d draft) {
	for i, fl := range f.fields {
		text, num := "", 0
		if i < len(d.Text) {
			text = d.Text[i]
		}
		if i < len(d.Choice) {
			num = d.Choice[i]
		}
		if i < len(d.Text) || i < len(d.Choice) {
			fl.input.restore(text, num)
		}
	}
	f.focus = max(0, min(d.Focus, len(f.fields)-1))
}

// draft records an open task form.
func (tf *taskForm) draft() draft {
	d := formDraft(tf.form)
	d.Kind, d.ID = "task", tf.task.ID
	if g := tf.choice(tfGoal); g > 0 {
		d.Goal = tf.goals[g-1].ID
	}
	if tf.task.ID == 0 {
		d.Due = tf.task.Due.String()
	}
	return d
}

// restore puts a draft back into a task form.
func (tf *taskForm) restore(d draft) {
	restoreForm(tf.form, d)
	goal := 0
	for i, g := range tf.goals {
		if g.ID == d.Goal {
			goal = i + 1
		}
	}
	tf.fields[tfGoal].input.restore("", goal)
	tf.restored = true
	tf.setFocus(tf.focus)
}

// draft records an open goal form.
func (gf *goalForm) draft() draft {
	d := formDraft(gf.form)
	d.Kind, d.ID, d.Lines = "goal", gf.goal.ID, gf.resources()
	return d
}

// goalFieldsBeforeMeasure is how many fields a goal form had before the
// measurable target came, between the target date and the resources.
const goalFieldsBeforeMeasure = 5

// restore puts a draft back into a goal form. A draft from the build
// before the target field gets an empty one, so no text lands in the
// wrong field.
func (gf *goalForm) restore(d draft) {
	if len(d.Text) == goalFieldsBeforeMeasure && len(d.Choice) == goalFieldsBeforeMeasure {
		d.Text = slices.Insert(slices.Clone(d.Text), gfMeasure, "")
		d.Choice = slices.Insert(slices.Clone(d.Choice), gfMeasure, 0)
		if d.Focus >= gfMeasure {
			d.Focus++
		}
	}
	restoreForm(gf.form, d)
	gf.kept = d.Lines
	gf.fields[gfResources].setText(strings.Join(shownResources(d.Lines), "\n"))
	gf.restored = true
	gf.setFocus(gf.focus)
}

// draft records a reflection or review form. A review's focus is kept as
// the competency's index, -1 for none, as the drafts file always had it.
func (f *reflectForm) draft() draft {
	d := formDraft(f.form)
	if f.kind == rfReview {
		d.Kind, d.Week = "review", f.week
		d.Choice[rvFocus]--
	} else {
		d.Kind, d.Day = "reflection", f.day.String()
	}
	return d
}

// reflectionFieldsBeforeAsk is how many fields a reflection form had
// before "Ask me later" came, after the first.
const reflectionFieldsBeforeAsk = 7

// restore puts a draft back into a reflection or review form. A draft
// equal to the record is no change: it is dropped when the app quits. A
// reflection's draft from the build before "Ask me later" gets it empty,
// so no text lands in the wrong field.
func (f *reflectForm) restore(d draft) {
	if f.kind == rfReflection && len(d.Text) == reflectionFieldsBeforeAsk && len(d.Choice) == reflectionFieldsBeforeAsk {
		d.Text = slices.Insert(slices.Clone(d.Text), rfAsk, "")
		d.Choice = slices.Insert(slices.Clone(d.Choice), rfAsk, 0)
		if d.Focus >= rfAsk {
			d.Focus++
		}
	}
	if f.kind == rfReview && rvFocus < len(d.Choice) {
		d.Choice = slices.Clone(d.Choice)
		d.Choice[rvFocus]++
	}
	restoreForm(f.form, d)
	f.layout(f.width, f.height)
}
