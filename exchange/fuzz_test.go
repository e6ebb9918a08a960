package exchange

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"coach/domain"
)

// FuzzReadJSON feeds the import decoder anything. It must not panic, its
// errors are one short line, and whatever it reads that domain.CleanDataset
// accepts exports and reads back to the same records, and exports again to
// the same bytes. The seed corpus is in testdata/fuzz/FuzzReadJSON; run it
// for longer with
//
//	go test -run '^$' -fuzz '^FuzzReadJSON$' -fuzztime 30s ./exchange
func FuzzReadJSON(f *testing.F) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, full(f), exportedAt, nil); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte(head + `"goals": [{"id": 1, "title": "g", "competency": "depth"}], "tasks": [{"id": 1, "goal_id": 1, "title": "t", "repeat": "daily"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ds, err := ReadJSON(bytes.NewReader(data))
		if err != nil {
			if msg := err.Error(); strings.ContainsAny(msg, "\n\r") || !utf8.ValidString(msg) || len(msg) > 400 {
				t.Fatalf("error is not one short clean line: %q", msg)
			}
			return
		}
		clean, err := domain.CleanDataset(ds)
		if err != nil {
			return
		}
		var out bytes.Buffer
		if err := WriteJSON(&out, clean, exportedAt, nil); err != nil {
			t.Fatalf("a clean dataset does not export: %v", err)
		}
		back, err := ReadJSON(bytes.NewReader(out.Bytes()))
		if err != nil {
			t.Fatalf("an export does not read back: %v\n%s", err, out.String())
		}
		if !reflect.DeepEqual(normalize(back), normalize(clean)) {
			t.Fatalf("round trip changed the records:\n got %+v\nwant %+v", back, clean)
		}
		if again, err := domain.CleanDataset(back); err != nil || !reflect.DeepEqual(normalize(again), normalize(clean)) {
			t.Fatalf("cleaning a clean dataset changes it: %v", err)
		}
		var out2 bytes.Buffer
		if err := WriteJSON(&out2, back, exportedAt, nil); err != nil || !bytes.Equal(out.Bytes(), out2.Bytes()) {
			t.Fatalf("second export differs (%v):\n%s\n---\n%s", err, out.String(), out2.String())
		}
		// The other formats take anything clean without failing.
		if err := WriteCSV(&bytes.Buffer{}, clean, nil); err != nil {
			t.Fatal(err)
		}
		if err := WriteMarkdown(&bytes.Buffer{}, clean, nil); err != nil {
			t.Fatal(err)
		}
	})
}

// normalize makes every absent list an empty one: the export writes both
// as [], so they read back the same.
func normalize(ds domain.Dataset) domain.Dataset {
	ds.Goals = orEmpty(append([]domain.Goal(nil), ds.Goals...))
	ds.Tasks = orEmpty(ds.Tasks)
	ds.CheckIns = orEmpty(ds.CheckIns)
	ds.Reflections = orEmpty(append([]domain.Reflection(nil), ds.Reflections...))
	ds.Reviews = orEmpty(ds.Reviews)
	ds.Recall = orEmpty(ds.Recall)
	for i := range ds.Goals {
		ds.Goals[i].Resources = orEmpty(ds.Goals[i].Resources)
	}
	for i := range ds.Reflections {
		ds.Reflections[i].Tags = orEmpty(ds.Reflections[i].Tags)
	}
	return ds
}
