project = "acme"
release = "1.9.0"
version = ".".join(release.split(".")[:2])
