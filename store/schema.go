package store

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strconv"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

var (
	bMeta        = []byte("meta")
	bGoals       = []byte("goals")
	bTasks       = []byte("tasks")
	bRecurring   = []byte("recurring")
	bOnceDue     = []byte("once_due")
	bOpen        = []byte("open")
	bCheckins    = []byte("checkins")
	bTaskDays    = []byte("task_days")
	bReflections = []byte("reflections")
	bReviews     = []byte("reviews")
	bRatings     = []byte("ratings")
	bGoalTasks   = []byte("goal_tasks")
	bGIDs        = []byte("gids")

	kApp             = []byte("app")
	kSchema          = []byte("schema")
	kRev             = []byte("rev")
	kLastCompetency  = []byte("last_competency")
	kDismissedReview = []byte("dismissed_review") // the week whose missing review the user dismissed

	appName = []byte("coach")
)

var dataBuckets = [][]byte{bGoals, bTasks, bRecurring, bOnceDue, bOpen, bCheckins, bTaskDays, bReflections, bReviews, bRatings, bGoalTasks, bGIDs,
	bRecallLog, bRecallDays, bRecallCards, bRecallDue, bOrigins}

// migrations[i] upgrades schema i+1 to i+2. Each runs inside the one
// transaction that upgrades the file, after a backup copy was written;
// initSchema then adds any bucket still missing and sets the version.
// today is the day the upgrade runs on (COACH_TODAY moves it).
func migrations(today domain.Date) []func(*bolt.Tx) error {
	return []func(*bolt.Tx) error{
		indexRatingsAndGoalTasks, // 1 → 2
		compactJSONCheckIns,      // 2 → 3: goals may have a measure; a dismissed review is kept
		assignGIDs,               // 3 → 4: global ids for goals and tasks; sync buckets
		func(tx *bolt.Tx) error { return startRecall(tx, today) }, // 4 → 5: recall cards
		startOrigins, // 5 → 6: where imports from other tools came from
		allowUnrated, // 6 → 7: a reflection may be unrated
	}
}

// allowUnrated is the 6 → 7 step. Nothing stored changes: schema 7 lets a
// reflection be unrated (rating 0, in the ratings index too), which an
// older coach would refuse to read, so the number tells it to stop.
func allowUnrated(*bolt.Tx) error { return nil }

// compactJSONCheckIns rewrites the check-ins that the first versions of
// coach stored as JSON in the compact form (see checkin_codec.go). Those
// files said schema 1 and were upgraded to 2 unchanged, so a file of
// either version may hold both forms.
func compactJSONCheckIns(tx *bolt.Tx) error {
	b := tx.Bucket(bCheckins)
	type rewrite struct{ k, v []byte }
	var todo []rewrite
	err := b.ForEach(func(k, v []byte) error {
		if c, ok := jsonCheckIn(k, v); ok {
			todo = append(todo, rewrite{append([]byte(nil), k...), encodeCheckIn(c)})
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, r := range todo {
		if err := b.Put(r.k, r.v); err != nil {
			return err
		}
	}
	return nil
}

// jsonCheckIn reads v as the JSON form of the check-in at key k. It is
// strict, because a compact value of 123 minutes also starts with "{": the
// object must have exactly the four fields the old code wrote, agreeing
// with the key, and a valid check-in.
func jsonCheckIn(k, v []byte) (domain.CheckIn, bool) {
	if len(v) == 0 || v[0] != '{' {
		return domain.CheckIn{}, false
	}
	var fields map[string]json.RawMessage
	if json.Unmarshal(v, &fields) != nil || len(fields) != 4 {
		return domain.CheckIn{}, false
	}
	for _, name := range []string{"task_id", "date", "minutes", "note"} {
		if fields[name] == nil {
			return domain.CheckIn{}, false
		}
	}
	var c domain.CheckIn
	if json.Unmarshal(v, &c) != nil {
		return c, false
	}
	d, id, err := splitDayID(k)
	if err != nil || c.TaskID != id || c.Date != d {
		return c, false
	}
	c, err = domain.CleanCheckIn(c)
	return c, err == nil
}

// indexRatingsAndGoalTasks builds the two indexes schema 2 added: the
// ratings of the reflections, and the tasks of each goal.
func indexRatingsAndGoalTasks(tx *bolt.Tx) error {
	for _, b := range [][]byte{bRatings, bGoalTasks} {
		if _, err := tx.CreateBucketIfNotExists(b); err != nil {
			return err
		}
	}
	// A damaged record gets no index entry: coach check names it.
	var dmg damage
	if err := tx.Bucket(bReflections).ForEach(func(k, v []byte) error {
		if r, ok := reflectionAt(k, v, &dmg); ok {
			return tx.Bucket(bRatings).Put(dayKey(r.Date), []byte{byte(r.Rating)})
		}
		return nil
	}); err != nil {
		return err
	}
	ts, err := allTasks(tx, &dmg)
	if err != nil {
		return err
	}
	for _, t := range ts {
		if err := indexGoalTask(tx, t); err != nil {
			return err
		}
	}
	return nil
}

func initSchema(tx *bolt.Tx) error {
	meta, err := tx.CreateBucketIfNotExists(bMeta)
	if err != nil {
		return err
	}
	for _, b := range slices.Concat(dataBuckets, syncBuckets) {
		if _, err := tx.CreateBucketIfNotExists(b); err != nil {
			return err
		}
	}
	if err := meta.Put(kApp, appName); err != nil {
		return err
	}
	return meta.Put(kSchema, []byte(strconv.Itoa(SchemaVersion)))
}

// readSchema returns the file's schema version, or an error when the file is
// not a coach database.
func readSchema(tx *bolt.Tx, path string) (int, error) {
	meta := tx.Bucket(bMeta)
	if meta == nil || string(meta.Get(kApp)) != string(appName) {
		return 0, fmt.Errorf("%s is a bbolt file of another program, not a coach database: use another --db, or coach restore BACKUP", path)
	}
	v, err := strconv.Atoi(string(meta.Get(kSchema)))
	if err != nil || v < 1 {
		return 0, fmt.Errorf("%s has no valid schema version: run coach check, or coach restore BACKUP", path)
	}
	return v, nil
}

// upgrade checks the schema of an existing file and migrates an older one:
// it refuses a newer one, and backs up an older one before changing it.
func (s *Store) upgrade() error {
	var v int
	err := s.view(func(tx *bolt.Tx) (err error) {
		v, err = readSchema(tx, s.path)
		return err
	})
	switch {
	case err != nil:
		return err
	case v > SchemaVersion:
		return fmt.Errorf("%s was written by a newer coach (schema %d; this one reads up to %d): upgrade coach, or coach restore BACKUP", s.path, v, SchemaVersion)
	case v == SchemaVersion:
		return nil
	}
	return s.update(func(tx *bolt.Tx) error {
		// The copy is of this transaction's view: what the upgrade starts
		// from. It takes a name nothing has (a link there is not followed).
		copyTx := func(f *os.File) error { _, err := tx.WriteTo(f); return err }
		if _, err := s.keepCopyAs(fmt.Sprintf("%s.schema%d.bak", s.path, v), copyTx); err != nil {
			return fmt.Errorf("cannot back up before upgrading: %w", err)
		}
		for _, step := range migrations(domain.DateOf(s.now()))[v-1:] {
			if err := step(tx); err != nil {
				return fmt.Errorf("upgrading %s: %w", s.path, err)
			}
		}
		return initSchema(tx)
	})
}

func bumpRev(tx *bolt.Tx) error {
	meta := tx.Bucket(bMeta)
	return meta.Put(kRev, be64(u64(meta.Get(kRev))+1))
}
