package syncop

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
)

// The kinds of record an op can change, and how each is named across
// devices: goals and tasks by their global id; a check-in by its task's
// global id and its day; a reflection by its day; a review by its week.
const (
	Goal       = "goal"
	Task       = "task"
	CheckIn    = "checkin"
	Reflection = "reflection"
	Review     = "review"
	Recall     = "recall" // a line of the review log: card/day
)

// Deleted is the field that says whether a record exists. Every op of an
// edit of a record that exists sets it to false (the first sync of a
// journal, which only joins texts into records both sides have, need not), so a later edit brings back a
// record that an earlier delete removed, and a later delete wins over an
// earlier edit.
const Deleted = "deleted"

// Fields lists, by kind, the fields an op may set. The ids of the record
// and the local numeric ids are never among them.
var Fields = map[string][]string{
	Goal:       {"title", "competency", "why", "target", "measure", "resources", "status", "created", Deleted},
	Task:       {"title", "goal", "competency", "repeat", "due", "minutes", "notes", "archived", "archived_on", "created", Deleted},
	CheckIn:    {"minutes", "note", Deleted},
	Reflection: {"learned", "solved", "collaborated", "idea", "next", "rating", "tags", "ask", Deleted},
	Review:     {"went_well", "adjust", "focus", "notes", Deleted},
	Recall:     {"grade", Deleted},
}

// Kinds in the order records are applied: a task's goal before the task,
// a check-in's task before the check-in.
var Kinds = []string{Goal, Task, CheckIn, Reflection, Review, Recall}

// Op sets fields of one record at one moment.
type Op struct {
	Kind string                     `json:"k"`
	ID   string                     `json:"id"`
	At   Stamp                      `json:"at"`
	Set  map[string]json.RawMessage `json:"set"`
}

var (
	gidPattern     = regexp.MustCompile(`^[0-9a-f]{32}$`)
	dayPattern     = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)
	weekPattern    = regexp.MustCompile(`^[0-9]{4}-W[0-9]{2}$`)
	checkInPattern = regexp.MustCompile(`^[0-9a-f]{32}/[0-9]{4}-[0-9]{2}-[0-9]{2}$`)
	recallPattern  = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}/[0-9]{4}-[0-9]{2}-[0-9]{2}$`)
)

// ValidID reports whether id names a record of kind.
func ValidID(kind, id string) bool {
	switch kind {
	case Goal, Task:
		return gidPattern.MatchString(id)
	case CheckIn:
		return checkInPattern.MatchString(id)
	case Reflection:
		return dayPattern.MatchString(id)
	case Review:
		return weekPattern.MatchString(id)
	case Recall:
		return recallPattern.MatchString(id)
	}
	return false
}

// CheckInID names the check-in of task (a global id) on day (YYYY-MM-DD).
func CheckInID(task, day string) string { return task + "/" + day }

// Check refuses an op that is not well formed, or that claims to come from
// another device than the one whose file holds it. The values themselves
// are checked when the record they make is (the store's job).
func (o Op) Check(device string) error {
	if _, ok := Fields[o.Kind]; !ok {
		return fmt.Errorf("unknown kind %.20q", o.Kind)
	}
	if !ValidID(o.Kind, o.ID) {
		return fmt.Errorf("%s id %.60q is not valid", o.Kind, o.ID)
	}
	if _, _, d, ok := o.At.Parts(); !ok {
		return fmt.Errorf("%s %s: stamp %.60q is not valid", o.Kind, o.ID, o.At)
	} else if d != device {
		return fmt.Errorf("%s %s: stamped by device %s, not by %s whose file holds it", o.Kind, o.ID, d, device)
	}
	if len(o.Set) == 0 {
		return fmt.Errorf("%s %s: the change sets no field", o.Kind, o.ID)
	}
	for f, v := range o.Set {
		if !slices.Contains(Fields[o.Kind], f) {
			return fmt.Errorf("%s %s: unknown field %.40q", o.Kind, o.ID, f)
		}
		if !json.Valid(v) {
			return fmt.Errorf("%s %s: field %s is not valid JSON", o.Kind, o.ID, f)
		}
	}
	return nil
}
