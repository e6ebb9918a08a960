package tui

import "testing"

// Benchmarks of typing in a form: one character typed and taken back, to
// the next frame, in the reflection form and in the task form.

// BenchmarkReflectFormType is a key typed into the day's reflection form.
func BenchmarkReflectFormType(b *testing.B) {
	benchKeys(b, []string{"3", "e"}, []string{"editing"}, [2]string{"x", "backspace"})
}

// BenchmarkTaskFormType is a key typed into the new task form.
func BenchmarkTaskFormType(b *testing.B) {
	benchKeys(b, []string{"a"}, []string{"New task"}, [2]string{"x", "backspace"})
}
