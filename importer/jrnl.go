package importer

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"coach/domain"
)

// jrnlDocument is what `jrnl --export json` writes. The top-level "tags"
// object only counts the entries' tags, so it is not read.
type jrnlDocument struct {
	Entries []json.RawMessage `json:"entries"`
}

// jrnlEntry is the part of an entry the mapping reads; newer versions add
// a uuid and a creator object, older ones have neither.
type jrnlEntry struct {
	Title   string   `json:"title"`
	Body    string   `json:"body"`
	Date    string   `json:"date"`
	Time    string   `json:"time"`
	Tags    []string `json:"tags"`
	Starred bool     `json:"starred"`
	UUID    string   `json:"uuid"`
}

// Reasons a jrnl entry, or part of one, is left out or mapped approximately.
const (
	jrnlUnreadable = "entry with a field of the wrong type"
	jrnlBadDate    = "entry with a malformed date"
	jrnlOutOfRange = "date outside 1900–9999"
	jrnlFuture     = "entry dated after today"
	jrnlEmpty      = "entry without text"
	jrnlDuplicate  = "duplicate entry"
	jrnlClipped    = "entry clipped to 20000 characters"
	jrnlTagDropped = "tag not kept: not one word of at most 40 characters"
	jrnlStarred    = "star kept as the tag starred"
)

// jrnlStarTag is the tag a starred entry's day gets: coach has no star.
const jrnlStarTag = "starred"

// ReadJrnl reads the JSON `jrnl --export json` writes and maps each day's
// entries onto that day's reflection: an entry's title and body become
// text of "what I learned", several entries of a day in the order of their
// time, and their tags the reflection's tags. jrnl does not rate a day, so
// the reflection is unrated. Only a file that is not a jrnl export is an
// error; an entry that cannot be mapped is skipped and counted.
func ReadJrnl(path string, o Options) (domain.ImportBatch, error) {
	if _, err := o.check(); err != nil {
		return domain.ImportBatch{}, err
	}
	data, err := readFile(path)
	if err != nil {
		return domain.ImportBatch{}, err
	}
	var doc jrnlDocument
	if !bytes.HasPrefix(bytes.TrimLeft(data, " \t\r\n"), []byte("{")) {
		err = fmt.Errorf("it does not start with {")
	} else if err = json.Unmarshal(data, &doc); err == nil && doc.Entries == nil {
		err = fmt.Errorf("it has no \"entries\" list")
	}
	if err != nil {
		return domain.ImportBatch{}, fmt.Errorf("%s is not a jrnl export (jrnl --export json): %w", path, err)
	}
	r := jrnlReader{today: o.Today, batch: domain.ImportBatch{Source: "jrnl"}, seen: map[string]bool{}, days: map[domain.Date][]jrnlPart{}}
	for _, raw := range doc.Entries {
		var e jrnlEntry
		if err := json.Unmarshal(raw, &e); err != nil {
			r.batch.Skip(jrnlUnreadable)
			continue
		}
		r.add(e)
	}
	r.emit()
	return r.batch, nil
}

type jrnlReader struct {
	today domain.Date
	batch domain.ImportBatch
	seen  map[string]bool // origins, to count an entry repeated in the file
	days  map[domain.Date][]jrnlPart
}

// jrnlPart is one entry kept, with what orders it within its day.
type jrnlPart struct {
	time  string // "HH:MM", or "" when the entry has none
	entry domain.ImportedEntry
}

func (r *jrnlReader) add(e jrnlEntry) {
	day, err := domain.ParseISODate(strings.TrimSpace(e.Date))
	var p *domain.Problem
	switch {
	case errors.As(err, &p) && p.Rule == domain.DateOutOfRange:
		r.batch.Skip(jrnlOutOfRange)
		return
	case err != nil:
		r.batch.Skip(jrnlBadDate)
		return
	case day > r.today:
		r.batch.Skip(jrnlFuture)
		return
	}
	// jrnl splits an entry's first sentence off as its title: it comes
	// back above the body
	text := paragraphs(e.Title, e.Body)
	if text == "" {
		r.batch.Skip(jrnlEmpty)
		return
	}
	origin := jrnlOrigin(day, e)
	if r.seen[origin] {
		r.batch.Skip(jrnlDuplicate)
		return
	}
	r.seen[origin] = true
	if clipped, cut := clipText(text, domain.MaxText); cut {
		text = clipped
		r.batch.Approximate(jrnlClipped)
	}
	r.days[day] = append(r.days[day], jrnlPart{
		time: jrnlClock(e.Time), entry: domain.ImportedEntry{Origin: origin, Text: text, Tags: r.tags(e)},
	})
}

// tags is an entry's tags as coach keeps them, once each, the star as the
// tag "starred"; a tag coach cannot keep is counted.
func (r *jrnlReader) tags(e jrnlEntry) []string {
	var out []string
	add := func(t string) {
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	for _, t := range e.Tags {
		if t, ok := jrnlTag(t); ok {
			add(t)
		} else {
			r.batch.Skip(jrnlTagDropped)
		}
	}
	if e.Starred {
		r.batch.Approximate(jrnlStarred)
		add(jrnlStarTag)
	}
	return out
}

// emit makes one reflection of each day's entries, the days in order.
func (r *jrnlReader) emit() {
	days := make([]domain.Date, 0, len(r.days))
	for d := range r.days {
		days = append(days, d)
	}
	sort.Slice(days, func(i, j int) bool { return days[i] < days[j] })
	for _, d := range days {
		parts := r.days[d]
		sort.SliceStable(parts, func(i, j int) bool { return parts[i].time < parts[j].time })
		ir := domain.ImportedReflection{Date: d}
		for _, p := range parts {
			ir.Entries = append(ir.Entries, p.entry)
		}
		r.batch.Reflections = append(r.batch.Reflections, ir)
	}
}

// jrnlClock is the entry's time as it sorts: "HH:MM", or "" for none or
// one that is not a time (it then comes first, in the file's order).
func jrnlClock(s string) string {
	s = strings.TrimSpace(s)
	if len(s) == 4 && s[1] == ':' {
		s = "0" + s
	}
	if len(s) != 5 || s[2] != ':' || !jrnlNumber(s[:2], 23) || !jrnlNumber(s[3:], 59) {
		return ""
	}
	return s
}

// jrnlNumber reports two ASCII digits of a value up to most.
func jrnlNumber(s string, most int) bool {
	return s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' && int(s[0]-'0')*10+int(s[1]-'0') <= most
}

// jrnlTag is a jrnl tag as coach keeps it: without its marker (@ by
// default, # in many journals), lower case, one word of at most MaxTag
// characters.
func jrnlTag(s string) (string, bool) {
	t := strings.ToLower(strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(s), "@#")))
	if t == "" || strings.ContainsAny(t, " \t\r\n,，、") || len([]rune(t)) > domain.MaxTag || !jrnlPrintable(t) {
		return "", false
	}
	return t, true
}

func jrnlPrintable(s string) bool {
	return reasonValue(s) == s
}

// jrnlOrigin names an entry from one export to the next: its uuid where
// jrnl gives one, else its day, time and a hash of its text (an entry
// edited in jrnl since is a new entry to coach).
func jrnlOrigin(day domain.Date, e jrnlEntry) string {
	if u := strings.ToLower(strings.TrimSpace(e.UUID)); u != "" && len(u) <= 64 {
		return "jrnl:" + u
	}
	sum := sha256.Sum256([]byte(e.Title + "\x00" + e.Body))
	return "jrnl:" + day.String() + "T" + jrnlClock(e.Time) + ":" + hex.EncodeToString(sum[:12])
}
