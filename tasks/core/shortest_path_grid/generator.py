"""Cases for shortest_path_grid: random obstacles at several densities, and winding corridors."""


def _random_grid(rng, rows, cols, density):
    grid = [[1 if rng.random() < density else 0 for _ in range(cols)] for _ in range(rows)]
    grid[0][0] = grid[-1][-1] = 0
    return grid


def _corridors(rng, rows, cols):
    # Horizontal walls with one gap each, alternating sides: the path winds back and forth.
    grid = [[0] * cols for _ in range(rows)]
    for r in range(1, rows - 1, 2):
        gap = rng.randint(cols - 3, cols - 1) if (r // 2) % 2 == 0 else rng.randint(0, 2)
        for c in range(cols):
            if c != gap:
                grid[r][c] = 1
    return grid


def generate(rng):
    cases = []
    for _ in range(30):
        rows, cols = rng.randint(30, 90), rng.randint(30, 90)
        cases.append([_random_grid(rng, rows, cols, rng.choice((0.1, 0.25, 0.35, 0.45)))])
    for _ in range(4):
        cases.append([_corridors(rng, rng.randint(20, 40), rng.randint(20, 40))])
    cases.append([_random_grid(rng, 300, 300, 0.2)])
    return cases
