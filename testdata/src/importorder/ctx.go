package importorder

import "context"

type contextLike struct{ ctx context.Context }
