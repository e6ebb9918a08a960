package main

import "testing"

// 39 and 49 become the default colours themselves; a colour whose own
// numbers read 39 or 49 is left as it is.
func TestDefaultColoursAreSetOutright(t *testing.T) {
	in := "\x1b[38;2;164;140;255m│\x1b[39mtext\x1b[0;39;49m \x1b[38;2;39;49;39mx\x1b[48;5;49my\x1b[1mz"
	want := "\x1b[38;2;164;140;255m│\x1b[38;2;196;196;196mtext\x1b[0;38;2;196;196;196;48;2;23;23;23m \x1b[38;2;39;49;39mx\x1b[48;5;49my\x1b[1mz"
	got, err := explicitDefaults([]byte(in), "#c4c4c4", "#171717")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if _, err := explicitDefaults([]byte(in), "c4c4c4", "#171717"); err == nil {
		t.Error("no error for a colour without #")
	}
}
