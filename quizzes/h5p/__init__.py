"""H5P activities: safe upload and storage, isolated playback, client-reported results."""
