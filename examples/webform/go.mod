module github.com/yjinspect/yjinspect/examples/webform

go 1.26

require (
	github.com/google/go-cmp v0.7.0
	github.com/stretchr/testify v1.12.1
	github.com/yjinspect/yjinspect v0.0.0
)

require go.yaml.in/yaml/v3 v3.0.5 // indirect

replace github.com/yjinspect/yjinspect => ../..
