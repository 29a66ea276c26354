//! (lang: skeleton, to be written.)
