module github.com/yjinspect/yjinspect/apitest

go 1.26

require (
	github.com/stretchr/testify v1.12.1
	github.com/yjinspect/yjinspect v0.0.0
)

require go.yaml.in/yaml/v3 v3.0.5 // indirect

replace github.com/yjinspect/yjinspect => ../
