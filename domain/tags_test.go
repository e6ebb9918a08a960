package domain

import (
	"reflect"
	"testing"
)

// Tags show as #go, so a tag typed with its # is the same tag, stored
// once and without it; a # inside a tag stays.
func TestTagsLoseTheirHash(t *testing.T) {
	r := Reflection{Date: NewDate(2026, 11, 28), Rating: 3, Tags: []string{"#Go", "go", " ##rust", "c#", "#"}}
	got, err := CleanReflection(r)
	if want := []string{"go", "rust", "c#"}; err != nil || !reflect.DeepEqual(got.Tags, want) {
		t.Errorf("tags = %q, %v; want %q", got.Tags, err, want)
	}
}
