project = "acme"
version = "0.9.0"
