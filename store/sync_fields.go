package store

import (
	"encoding/json"
	"fmt"
	"strings"

	"coach/domain"
	"coach/syncop"

	bolt "go.etcd.io/bbolt"
)

// fields is a record as sync sees it: each field's JSON value, without the
// record's own ids, and with a task's goal named by its global id.
type fields = map[string]json.RawMessage

var (
	jsonNull  = json.RawMessage("null")
	jsonFalse = json.RawMessage("false")
	jsonTrue  = json.RawMessage("true")
)

// toFields turns a record into its fields; drop names the keys that are
// the record's ids rather than its content.
func toFields(kind string, record any, drop ...string) fields {
	data, _ := json.Marshal(record) // records of plain values: cannot fail
	var all fields
	json.Unmarshal(data, &all)
	f := fields{}
	for _, name := range syncop.Fields[kind] {
		v, ok := all[name]
		if !ok || string(v) == "[]" {
			v = jsonNull // absent (omitempty) and empty lists read alike
		}
		f[name] = v
	}
	f[syncop.Deleted] = jsonFalse
	return f
}

// localFields reads the record kind/id as it is in this database; ok is
// false when it does not exist here.
func localFields(tx *bolt.Tx, kind, id string) (f fields, ok bool, err error) {
	switch kind {
	case kindGoal:
		lid, ok := localID(tx, gidGoal, id)
		if !ok {
			return nil, false, nil
		}
		g, err := getGoal(tx, lid)
		return toFields(kind, g), err == nil, err
	case kindTask:
		lid, ok := localID(tx, gidTask, id)
		if !ok {
			return nil, false, nil
		}
		t, err := getTask(tx, lid)
		if err != nil {
			return nil, false, err
		}
		return taskFields(tx, t)
	case kindCheckIn:
		task, day, _ := strings.Cut(id, "/")
		lid, ok := localID(tx, gidTask, task)
		d, err := domain.ParseISODate(day)
		if !ok || err != nil {
			return nil, false, nil
		}
		c, found, err := getCheckIn(tx, lid, d)
		if !found || err != nil {
			return nil, false, err
		}
		return toFields(kind, c), true, nil
	case kindReflection:
		d, err := domain.ParseISODate(id)
		if err != nil {
			return nil, false, nil
		}
		var r domain.Reflection
		found, err := getJSON(tx, bReflections, dayKey(d), &r)
		if !found || err != nil {
			return nil, false, err
		}
		return toFields(kind, r), true, nil
	case kindReview:
		var r domain.Review
		found, err := getJSON(tx, bReviews, []byte(id), &r)
		if !found || err != nil {
			return nil, false, err
		}
		return toFields(kind, r), true, nil
	case kindRecall:
		card, day, ok := splitRecallID(id)
		if !ok {
			return nil, false, nil
		}
		e, found := recallAt(append(dayKey(card), dayKey(day)...), tx.Bucket(bRecallLog).Get(append(dayKey(card), dayKey(day)...)))
		if !found {
			return nil, false, nil
		}
		return toFields(kind, e), true, nil
	}
	return nil, false, fmt.Errorf("unknown kind %q", kind)
}

// taskFields is toFields for a task, naming its goal by global id.
func taskFields(tx *bolt.Tx, t domain.Task) (fields, bool, error) {
	f := toFields(kindTask, t)
	goal := ""
	if t.GoalID != 0 {
		g, err := getGoal(tx, t.GoalID)
		if err != nil {
			return nil, false, err
		}
		goal = g.GID
	}
	f["goal"], _ = json.Marshal(goal)
	return f, true, nil
}

// fromFields fills record (a pointer) from merged fields; a value of the
// wrong type is an error that names the field.
func fromFields(f fields, record any) error {
	content := make(fields, len(f))
	for name, v := range f {
		if name != syncop.Deleted && name != "goal" {
			content[name] = v
		}
	}
	data, _ := json.Marshal(content)
	if json.Unmarshal(data, record) == nil {
		return nil
	}
	for name, v := range content { // find the field to name
		one, _ := json.Marshal(fields{name: v})
		if err := json.Unmarshal(one, record); err != nil {
			return fmt.Errorf("field %s: %v", name, err)
		}
	}
	return fmt.Errorf("the fields do not make a %T", record)
}
