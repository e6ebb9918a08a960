// Package exchange reads and writes coach's export format (JSON, version 1)
// and writes the markdown and CSV views of a dataset.
package exchange

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"coach/domain"
)

// FormatName and Version identify the export format.
const (
	FormatName = "coach"
	Version    = 1
)

// document is the JSON export: a header, then the dataset's lists.
type document struct {
	Format     string    `json:"format"`
	Version    int       `json:"version"`
	ExportedAt time.Time `json:"exported_at"`
	domain.Dataset
}

// WriteJSON writes ds as an indented export document. Lists are never null,
// so the output is stable and re-imports to the same bytes.
func WriteJSON(w io.Writer, ds domain.Dataset, exportedAt time.Time) error {
	ds = withEmptyLists(ds)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(document{Format: FormatName, Version: Version, ExportedAt: exportedAt.UTC().Truncate(time.Second), Dataset: ds})
}

// withEmptyLists copies the lists it changes, so the caller's dataset stays
// as it was.
func withEmptyLists(ds domain.Dataset) domain.Dataset {
	ds.Goals = orEmpty(slices.Clone(ds.Goals))
	ds.Tasks = orEmpty(ds.Tasks)
	ds.CheckIns = orEmpty(ds.CheckIns)
	ds.Reflections = orEmpty(slices.Clone(ds.Reflections))
	ds.Reviews = orEmpty(ds.Reviews)
	for i := range ds.Goals {
		ds.Goals[i].Resources = orEmpty(ds.Goals[i].Resources)
	}
	for i := range ds.Reflections {
		ds.Reflections[i].Tags = orEmpty(ds.Reflections[i].Tags)
	}
	return ds
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// ReadJSON decodes an export document and checks its header. It does not
// validate the records: store.Load does that before writing anything.
func ReadJSON(r io.Reader) (domain.Dataset, error) {
	var doc document
	dec := json.NewDecoder(r)
	if err := dec.Decode(&doc); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
			return doc.Dataset, fmt.Errorf("the file ends too early: it is empty or truncated")
		case errors.As(err, &se):
			return doc.Dataset, fmt.Errorf("invalid JSON at byte %d: %v", se.Offset, err)
		case errors.As(err, &te) && te.Field == "":
			return doc.Dataset, fmt.Errorf("not a coach export: want a JSON object, got %s", te.Value)
		case errors.As(err, &te):
			// The lists sit in an embedded Dataset, which is no part of the format.
			field := strings.TrimPrefix(te.Field, "Dataset.")
			return doc.Dataset, fmt.Errorf("field %q at byte %d: want %s, got %s", field, te.Offset, te.Type, te.Value)
		}
		return doc.Dataset, fmt.Errorf("invalid export: %v", err)
	}
	if doc.Format != FormatName {
		return doc.Dataset, fmt.Errorf("not a coach export: format is %q, want %q", doc.Format, FormatName)
	}
	if doc.Version != Version {
		return doc.Dataset, fmt.Errorf("export version %d is not supported (this coach reads version %d)", doc.Version, Version)
	}
	return doc.Dataset, nil
}
