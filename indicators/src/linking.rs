//! (linking: skeleton, to be written.)
