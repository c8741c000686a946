/* name_particles.c — see name_particles.h. */
#include "nlp/name_particles.h"

#include <string.h>

int nlp_name_particle(const char *form, size_t len)
{
    static const char *const particles[] = {"von", "van", "der", "den", "de", "da", "do", "dos", "das", "di", "del",
                                            "della", "du", "le", "la", "bin", "ibn", "al", "el", "ter", "zu"};
    for (size_t i = 0; i < sizeof particles / sizeof *particles; i++)
        if (strlen(particles[i]) == len && !memcmp(form, particles[i], len)) return 1;
    return 0;
}

static int particle_at(const doc *d, const dyad_token *t)
{
    size_t len;
    const char *f = doc_token_form(d, t, &len);
    return nlp_name_particle(f, len);
}

size_t nlp_retag_name_particles(const doc *d, const dyad_token *tok, size_t n, int *tags, int propn)
{
    size_t changed = 0;
    if (propn < 0) return 0;
    for (size_t i = 1; i + 1 < n; i++) {
        if (tags[i - 1] != propn || !particle_at(d, &tok[i])) continue;
        /* a run of at most three particles ("de la"), written apart */
        size_t j = i;
        while (j < n && j - i < 3 && particle_at(d, &tok[j])) j++;
        if (j >= n) continue;
        /* the name's end may itself have been read as a noun ("da Silva"):
         * a capitalised word there is the name's too */
        size_t len;
        const char *f = doc_token_form(d, &tok[j], &len);
        if (tags[j] != propn && !(len && f[0] >= 'A' && f[0] <= 'Z')) continue;
        for (size_t k = i; k <= j; k++) changed += tags[k] != propn, tags[k] = propn;
        i = j;
    }
    return changed;
}
