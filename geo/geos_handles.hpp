#pragma once
// Owners for the GEOS reentrant C API: one context per thread of work, geometries that free
// themselves through the context that made them, and checked results. Internal to geo/.
#include <geos_c.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace frontmap::geo::geos {

// A GEOS context that keeps GEOS's last error and notice instead of printing them. Not
// movable: GEOS holds a pointer to it for the message callbacks.
class Context {
public:
    Context() : handle_(GEOS_init_r()) {
        if (!handle_) throw std::runtime_error("GEOS could not create a context (out of memory?)");
        GEOSContext_setErrorMessageHandler_r(handle_, &Context::on_error, this);
        GEOSContext_setNoticeMessageHandler_r(handle_, &Context::on_notice, this);
    }
    ~Context() { GEOS_finish_r(handle_); }
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    GEOSContextHandle_t get() const { return handle_; }
    const std::string& last_error() const { return last_error_; }

private:
    static void on_error(const char* message, void* self) {
        static_cast<Context*>(self)->last_error_ = message ? message : "";
    }
    static void on_notice(const char*, void*) {}  // notices (e.g. self-intersection) are re-checked by callers

    GEOSContextHandle_t handle_;
    std::string last_error_;
};

struct GeometryDeleter {
    GEOSContextHandle_t context = nullptr;
    void operator()(GEOSGeometry* g) const { if (g) GEOSGeom_destroy_r(context, g); }
};
using Geometry = std::unique_ptr<GEOSGeometry, GeometryDeleter>;

struct PreparedDeleter {
    GEOSContextHandle_t context = nullptr;
    void operator()(const GEOSPreparedGeometry* g) const { if (g) GEOSPreparedGeom_destroy_r(context, g); }
};
using Prepared = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

// Takes ownership of a GEOS result; a null result (GEOS failed) becomes an exception that says
// which operation failed and what GEOS said.
inline Geometry own(const Context& ctx, GEOSGeometry* g, const char* operation) {
    if (!g)
        throw std::runtime_error(std::string("GEOS ") + operation + " failed: " +
                                 (ctx.last_error().empty() ? "no message" : ctx.last_error()));
    return Geometry(g, GeometryDeleter{ctx.get()});
}

inline Geometry clone(const Context& ctx, const GEOSGeometry* g) {
    return own(ctx, GEOSGeom_clone_r(ctx.get(), g), "clone");
}

inline Geometry empty_polygon(const Context& ctx) {
    return own(ctx, GEOSGeom_createEmptyPolygon_r(ctx.get()), "create empty polygon");
}

inline double area(const Context& ctx, const GEOSGeometry* g) {
    double a = 0.0;
    if (!GEOSArea_r(ctx.get(), g, &a)) throw std::runtime_error("GEOS area failed: " + ctx.last_error());
    return a;
}

inline bool is_empty(const Context& ctx, const GEOSGeometry* g) {
    return GEOSisEmpty_r(ctx.get(), g) == 1;
}

// Repairs invalid polygons keeping their structure (GEOS_MAKE_VALID_STRUCTURE): the
// "linework" method can return mixed collections that make every later operation far slower.
inline Geometry make_valid(const Context& ctx, const GEOSGeometry* g) {
    struct ParamsDeleter {
        GEOSContextHandle_t c;
        void operator()(GEOSMakeValidParams* p) const { GEOSMakeValidParams_destroy_r(c, p); }
    };
    std::unique_ptr<GEOSMakeValidParams, ParamsDeleter> params(GEOSMakeValidParams_create_r(ctx.get()),
                                                               ParamsDeleter{ctx.get()});
    if (!params) throw std::runtime_error("GEOS could not allocate make-valid parameters");
    GEOSMakeValidParams_setMethod_r(ctx.get(), params.get(), GEOS_MAKE_VALID_STRUCTURE);
    GEOSMakeValidParams_setKeepCollapsed_r(ctx.get(), params.get(), 0);
    return own(ctx, GEOSMakeValidWithParams_r(ctx.get(), g, params.get()), "make-valid");
}

namespace detail {
inline void collect_polygons(const Context& ctx, const GEOSGeometry* g, std::vector<GEOSGeometry*>& out) {
    const int type = GEOSGeomTypeId_r(ctx.get(), g);
    if (type == GEOS_POLYGON) {
        if (!GEOSisEmpty_r(ctx.get(), g)) out.push_back(GEOSGeom_clone_r(ctx.get(), g));
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(ctx.get(), g);
        for (int i = 0; i < n; ++i) collect_polygons(ctx, GEOSGetGeometryN_r(ctx.get(), g, i), out);
    }
}
}  // namespace detail

// Polygonal parts only, as one MultiPolygon: a repair or an intersection can leave points and
// lines behind, which would turn later results into slow mixed collections.
inline Geometry polygonal_part(const Context& ctx, const GEOSGeometry* g) {
    std::vector<GEOSGeometry*> parts;
    detail::collect_polygons(ctx, g, parts);
    // The collection owns the parts once made; if GEOS fails they are still ours to free.
    GEOSGeometry* mp = GEOSGeom_createCollection_r(ctx.get(), GEOS_MULTIPOLYGON, parts.data(),
                                                   static_cast<unsigned>(parts.size()));
    if (!mp)
        for (auto* p : parts) GEOSGeom_destroy_r(ctx.get(), p);
    return own(ctx, mp, "collect polygons");
}

}  // namespace frontmap::geo::geos
