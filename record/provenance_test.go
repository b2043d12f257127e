package record

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecodeInspectionAndSynthetic(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		inspection string
		synthetic  bool
		encoded    string
	}{
		{"both", `{"id":"c1","synthetic":true,"inspection":"insp-01"}`, "insp-01", true, `{"id":"c1","inspection":"insp-01","synthetic":true}`},
		{"neither", `{"id":"c1"}`, "", false, `{"id":"c1"}`},
		{"synthetic false", `{"id":"c1","synthetic":false}`, "", false, `{"id":"c1"}`},
		{"nulls", `{"id":"c1","synthetic":null,"inspection":null}`, "", false, `{"id":"c1"}`},
		{"inspection only", `{"inspection":"Leeds 2024","id":"c1","answers":{"A1.1":"yes"}}`, "Leeds 2024", false, `{"id":"c1","inspection":"Leeds 2024","answers":{"A1.1":"yes"}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Decode(strings.NewReader(tt.in))
			require.NoError(t, err)
			assert.Equal(t, tt.inspection, c.Inspection)
			assert.Equal(t, tt.synthetic, c.Synthetic)
			b, err := json.Marshal(c)
			require.NoError(t, err)
			assert.Equal(t, tt.encoded, string(b))
			again, err := Decode(bytes.NewReader(b))
			require.NoError(t, err)
			if diff := cmp.Diff(c, again); diff != "" {
				t.Fatalf("(-first +second):\n%s", diff)
			}
		})
	}
}

func TestDecodeInspectionAndSyntheticErrors(t *testing.T) {
	long := strings.Repeat("i", MaxIDLength+1)
	tests := []struct {
		name, in, field, value, msg string
	}{
		{"inspection a number", `{"id":"c1","inspection":7}`, "inspection", "7", "want a string"},
		{"inspection an object", `{"id":"c1","inspection":{"name":"x"}}`, "inspection", `{"name":"x"}`, "want a string"},
		{"inspection empty", `{"id":"c1","inspection":""}`, "inspection", "", "empty: leave the field out instead"},
		{"inspection blank", `{"id":"c1","inspection":"  "}`, "inspection", "  ", "empty"},
		{"inspection too long", `{"id":"c1","inspection":"` + long + `"}`, "inspection", long, "longer than 256 bytes"},
		{"synthetic a string", `{"id":"c1","synthetic":"yes"}`, "synthetic", `"yes"`, "want a boolean (true or false)"},
		{"synthetic a number", `{"id":"c1","synthetic":1}`, "synthetic", "1", "want a boolean"},
		{"synthetic given twice", `{"id":"c1","synthetic":true,"synthetic":false}`, "synthetic", "", "given twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(strings.NewReader(tt.in))
			require.Error(t, err)
			var de *DecodeError
			require.True(t, errors.As(err, &de), "%T", err)
			assert.Equal(t, "c1", de.Case)
			assert.Equal(t, tt.field, de.Field)
			assert.Equal(t, tt.value, de.Value)
			assert.Contains(t, err.Error(), tt.msg)
			var u Case
			assert.Error(t, json.Unmarshal([]byte(tt.in), &u), "json.Unmarshal rejects it too")
		})
	}
}
